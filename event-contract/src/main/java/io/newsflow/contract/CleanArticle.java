package io.newsflow.contract;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article after boilerplate removal, as published on {@value Topics#CLEAN}.
 *
 * @param id          article id, also the record key
 * @param source      provenance of the drop
 * @param title       article title, or null when none was found
 * @param author      author as the page states it, or null
 * @param publishedAt publication day as the page states it, or null
 * @param text        body text: paragraphs separated by one blank line
 * @param removed     what was cut from the drop, in document order
 * @param extractionConfidence how far the cleaner trusts its cut, 0..1 (0 when the extraction failed), or null
 *                             (absent in JSON) when the producer did not say
 * @param extractionFailure    why the extraction counts as failed (kebab-case, e.g. {@code empty-main-text},
 *                             {@code too-short}), or null (absent in JSON) when it did not fail
 * @param modifiedAt  day the page says it was last modified, or null (absent in JSON) when it does not say
 */
public record CleanArticle(
        String id,
        Source source,
        String title,
        String author,
        LocalDate publishedAt,
        String text,
        List<RemovedBlock> removed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double extractionConfidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String extractionFailure,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate modifiedAt) {

    /** A clean article whose producer says nothing about the extraction's quality. */
    public CleanArticle(String id, Source source, String title, String author, LocalDate publishedAt, String text,
            List<RemovedBlock> removed) {
        this(id, source, title, author, publishedAt, text, removed, null, null, null);
    }

    /** A clean article whose producer does not say when the page was modified. */
    public CleanArticle(String id, Source source, String title, String author, LocalDate publishedAt, String text,
            List<RemovedBlock> removed, Double extractionConfidence, String extractionFailure) {
        this(id, source, title, author, publishedAt, text, removed, extractionConfidence, extractionFailure, null);
    }
}
