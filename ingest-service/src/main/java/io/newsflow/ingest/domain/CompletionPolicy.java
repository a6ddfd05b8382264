package io.newsflow.ingest.domain;

/** What happens to a file once the broker acknowledged its record. */
public enum CompletionPolicy {
    /** Move it to processed/, keeping its relative path; a clash gets a suffixed name. */
    MOVE,
    /** Delete it. */
    DELETE,
    /** Leave it in the inbox and record that it was read, so it is not taken again. */
    KEEP
}
