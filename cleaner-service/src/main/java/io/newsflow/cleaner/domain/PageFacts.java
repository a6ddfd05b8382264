package io.newsflow.cleaner.domain;

import java.time.LocalDate;

/**
 * Metadata a page states about itself (from meta tags, JSON-LD, bylines), each part null when not stated.
 *
 * @param title       title, or null
 * @param author      author, or null
 * @param publishedAt original publication day, or null
 */
public record PageFacts(String title, String author, LocalDate publishedAt) {

    public static final PageFacts NONE = new PageFacts(null, null, null);
}
