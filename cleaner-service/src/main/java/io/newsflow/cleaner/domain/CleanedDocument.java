package io.newsflow.cleaner.domain;

import java.time.LocalDate;
import java.util.List;

import io.newsflow.contract.RemovedBlock;

/**
 * What the cleaner keeps of one drop: metadata, the body as paragraphs, and every block it cut with the reason.
 *
 * @param title       title, or null
 * @param author      author as stated, or null
 * @param publishedAt publication day as stated by the page itself (never from boilerplate), or null
 * @param modifiedAt  last modification day as stated by the page itself, or null
 * @param paragraphs  body paragraphs in document order
 * @param removed     removed blocks in document order
 * @param quality     how far the cut can be trusted, or null before {@link ArticleCleaner} has assessed it
 */
public record CleanedDocument(String title, String author, LocalDate publishedAt, LocalDate modifiedAt,
        List<String> paragraphs, List<RemovedBlock> removed, ExtractionQuality quality) {

    /** A document as an extractor produces it: no modification day, not yet assessed. */
    public CleanedDocument(String title, String author, LocalDate publishedAt, List<String> paragraphs,
            List<RemovedBlock> removed) {
        this(title, author, publishedAt, null, paragraphs, removed, null);
    }

    /** Body text as published on articles.clean: paragraphs separated by one blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
