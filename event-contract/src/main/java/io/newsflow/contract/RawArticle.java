package io.newsflow.contract;

/**
 * A drop as published on {@value Topics#RAW}: the decoded content with its provenance.
 *
 * @param id      article id, also the record key
 * @param source  provenance of the bytes
 * @param content the whole drop decoded to text (HTML markup kept for HTML drops)
 */
public record RawArticle(String id, Source source, String content) {
}
