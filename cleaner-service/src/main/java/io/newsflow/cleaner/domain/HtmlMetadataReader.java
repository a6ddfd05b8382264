package io.newsflow.cleaner.domain;

import org.jsoup.nodes.Document;

import io.newsflow.cleaner.domain.metadata.PageMetadata;

/**
 * Reads title, author and publication date from a parsed page. It sees the document before extraction touches it
 * (scripts with JSON-LD still in place).
 */
@FunctionalInterface
public interface HtmlMetadataReader {

    /** Reads nothing: the extractor's own title is used and author and dates stay unknown. */
    HtmlMetadataReader NONE = (doc, url) -> new PageMetadata(null, null, null, null);

    PageMetadata read(Document doc, String url);
}
