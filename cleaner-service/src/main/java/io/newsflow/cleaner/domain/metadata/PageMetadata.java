package io.newsflow.cleaner.domain.metadata;

import java.time.LocalDate;

/**
 * What a page says about itself.
 *
 * @param title       headline without the site-name suffix, or null
 * @param author      author name(s) as stated, or null
 * @param publishedAt original publication day, or null when the page does not state a plausible one
 */
public record PageMetadata(String title, String author, LocalDate publishedAt) {
}
