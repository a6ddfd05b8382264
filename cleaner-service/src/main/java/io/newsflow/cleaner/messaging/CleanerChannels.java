package io.newsflow.cleaner.messaging;

/** Channel names of the cleaner; the topics they map to are set in application.properties from Topics. */
public final class CleanerChannels {

    /** Reads {@link io.newsflow.contract.Topics#RAW}. */
    public static final String RAW = "articles-raw";
    /** Writes {@link io.newsflow.contract.Topics#CLEAN}. */
    public static final String CLEAN = "articles-clean";

    private CleanerChannels() {
    }
}
