package io.newsflow.ingest.messaging;

/** Reactive Messaging channels of ingest-service. */
public final class IngestChannels {

    /** Outgoing channel bound to {@link io.newsflow.contract.Topics#RAW}. */
    public static final String RAW_OUT = "raw-out";

    private IngestChannels() {
    }
}
