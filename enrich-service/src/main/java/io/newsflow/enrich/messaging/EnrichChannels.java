package io.newsflow.enrich.messaging;

/** Channel names of the enrich stage; topics are configured in application.properties. */
public final class EnrichChannels {

    /** Reads {@link io.newsflow.contract.Topics#CLEAN}. */
    public static final String CLEAN_IN = "articles-clean";
    /** Writes {@link io.newsflow.contract.Topics#ENRICHED}. */
    public static final String ENRICHED_OUT = "articles-enriched";

    private EnrichChannels() {
    }
}
