package io.newsflow.ingest.domain;

/** A drop that will not be published, with the reason and what the content looked like. */
public record Refusal(FailureReason reason, String detail, String detectedType) implements Inspection {
}
