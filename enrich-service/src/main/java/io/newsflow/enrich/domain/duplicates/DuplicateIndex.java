package io.newsflow.enrich.domain.duplicates;

/** Remembers the fingerprints of articles seen so far and tells how a new one relates to them. Thread-safe. */
public interface DuplicateIndex {

    /**
     * Classifies the article against earlier ones and remembers it. Registering the same id again returns the same
     * verdict as the first time (re-delivered records must not become duplicates of themselves).
     */
    DuplicateVerdict register(String articleId, Fingerprint fingerprint);

    /** Re-learns an article already classified in an earlier run, e.g. replayed from articles.enriched. */
    void restore(String articleId, Fingerprint fingerprint, DuplicateVerdict verdict);
}
