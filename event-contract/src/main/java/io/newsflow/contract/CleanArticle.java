package io.newsflow.contract;

import java.time.LocalDate;
import java.util.List;

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
 */
public record CleanArticle(
        String id,
        Source source,
        String title,
        String author,
        LocalDate publishedAt,
        String text,
        List<RemovedBlock> removed) {
}
