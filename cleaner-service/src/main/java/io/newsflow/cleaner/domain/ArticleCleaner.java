package io.newsflow.cleaner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.PageMetadata;
import io.newsflow.contract.RemovedBlock;

/**
 * The cleaning stage: routes a drop by media type to HTML extraction or to the scraped-text cleaner, merges the
 * page's own metadata into the result and assesses the cut ({@link ExtractionQuality}).
 */
public final class ArticleCleaner {

    public static final String HTML = "text/html";
    public static final String PLAIN = "text/plain";

    private final HtmlArticleExtractor htmlExtractor;
    private final Function<String, CleanedDocument> scrapedTextCleaner;
    private final HtmlMetadataReader metadataReader;
    private final int removedBlockMaxChars;

    /**
     * @param htmlExtractor        main-content extraction for HTML pages
     * @param scrapedTextCleaner   cleaner for plain text scraped from a page
     * @param metadataReader       title, author and date from a page's markup
     * @param removedBlockMaxChars longest removed-block text kept in the result (the rest is elided), so a huge
     *                             comment thread cannot blow up the record
     */
    public ArticleCleaner(HtmlArticleExtractor htmlExtractor, Function<String, CleanedDocument> scrapedTextCleaner,
            HtmlMetadataReader metadataReader, int removedBlockMaxChars) {
        this.htmlExtractor = Objects.requireNonNull(htmlExtractor);
        this.scrapedTextCleaner = Objects.requireNonNull(scrapedTextCleaner);
        this.metadataReader = Objects.requireNonNull(metadataReader);
        if (removedBlockMaxChars < 20) {
            throw new IllegalArgumentException("removedBlockMaxChars must be at least 20, was " + removedBlockMaxChars);
        }
        this.removedBlockMaxChars = removedBlockMaxChars;
    }

    /**
     * @param content   the drop as text
     * @param mediaType {@code text/html} or {@code text/plain} (parameters such as charset are ignored)
     * @param url       the page's address when known (resolves relative links), or null
     * @throws IllegalArgumentException for another media type
     */
    public CleanedDocument clean(String content, String mediaType, String url) {
        Objects.requireNonNull(content, "content");
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        CleanedDocument cleaned = switch (type) {
            case HTML, "application/xhtml+xml" -> cleanHtml(content, url);
            case PLAIN -> scrapedTextCleaner.apply(content);
            default -> throw new IllegalArgumentException(
                    "unsupported media type '" + mediaType + "': expected " + HTML + " or " + PLAIN);
        };
        // assessed before eliding, so a long cut block counts with all its words
        ExtractionQuality quality = ExtractionQuality.of(cleaned.paragraphs(), cleaned.removed());
        return new CleanedDocument(cleaned.title(), cleaned.author(), cleaned.publishedAt(), cleaned.modifiedAt(),
                cleaned.paragraphs(), capped(cleaned.removed()), quality);
    }

    private CleanedDocument cleanHtml(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata facts = metadataReader.read(doc, url);
        CleanedDocument extracted = htmlExtractor.extract(doc);
        String title = facts.title() != null ? facts.title() : extracted.title();
        return new CleanedDocument(title, facts.author(), facts.publishedAt(), facts.modifiedAt(),
                extracted.paragraphs(), extracted.removed(), null);
    }

    private List<RemovedBlock> capped(List<RemovedBlock> removed) {
        List<RemovedBlock> result = new ArrayList<>(removed.size());
        for (RemovedBlock block : removed) {
            String text = block.text();
            if (text.length() > removedBlockMaxChars) {
                text = text.substring(0, removedBlockMaxChars - 1) + "…";
            }
            result.add(new RemovedBlock(text, block.reason()));
        }
        return result;
    }
}
