package io.newsflow.query.messaging;

/** Reactive-messaging channels of the query service (topics configured in application.properties). */
public final class QueryChannels {

    /** Reads {@link io.newsflow.contract.Topics#ENRICHED}; failures go to its dead-letter topic. */
    public static final String ENRICHED_IN = "enriched-in";

    private QueryChannels() {
    }
}
