package io.newsflow.cleaner.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text cut into paragraphs at blank lines, nothing removed: what a text drop becomes when no scraped-text
 * cleaner is configured.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    public static CleanedDocument split(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String paragraph = part.strip().replaceAll("[ \\t]+", " ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return new CleanedDocument(null, null, null, paragraphs, List.of());
    }
}
