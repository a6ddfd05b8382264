package io.newsflow.ingest.domain;

/** Outcome of inspecting the bytes of a drop: decoded text, or a refusal with its reason. */
public sealed interface Inspection permits DecodedDrop, Refusal {
}
