package io.newsflow.contract;

/**
 * Kafka topic names of the pipeline. Every record is keyed by its article id.
 * Each consuming stage sends what it cannot process to the dead-letter topic of the topic it reads.
 */
public final class Topics {

    public static final String RAW = "articles.raw";
    public static final String CLEAN = "articles.clean";
    public static final String ENRICHED = "articles.enriched";

    public static final String RAW_DEAD_LETTER = "articles.raw.dlq";
    public static final String CLEAN_DEAD_LETTER = "articles.clean.dlq";
    public static final String ENRICHED_DEAD_LETTER = "articles.enriched.dlq";

    private Topics() {
    }
}
