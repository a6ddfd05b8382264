package io.newsflow.cleaner.domain.metadata;

import java.time.LocalDate;

/**
 * What a page says about itself.
 *
 * @param title       headline without the site-name suffix, or null
 * @param author      author name(s) as stated, or null
 * @param publishedAt original publication day, or null when the page does not state a plausible one
 * @param modifiedAt  last change the page states (dateModified, article:modified_time, "Updated"), or null; kept apart
 *                    so a revision never passes for the publication
 */
public record PageMetadata(String title, String author, LocalDate publishedAt, LocalDate modifiedAt) {
}
