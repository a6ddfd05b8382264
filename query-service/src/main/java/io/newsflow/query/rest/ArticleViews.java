package io.newsflow.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsflow.contract.DateMention;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.query.domain.EntityIdentity;
import io.newsflow.query.domain.Snippets;
import io.newsflow.query.persistence.ArticleEntity;
import io.newsflow.query.persistence.MentionRow;

/** JSON shapes of the article endpoints, and how stored rows become them. */
public final class ArticleViews {

    private ArticleViews() {
    }

    @Schema(name = "ArticleSourceName")
    public record SourceName(String fileName) {
    }

    @Schema(name = "ArticleSummary")
    public record Summary(String id, String title, String author, LocalDate publishedAt, String language,
            String snippet, SourceName source, String duplicateOf, String storyId) {
    }

    @Schema(name = "ArticlePage")
    public record Page(long total, int page, int size, List<Summary> items,
            @Schema(description = "for each entity name asked for, the identity it stood for")
            List<ResolvedEntity> entities) {
    }

    /**
     * Which identity an {@code entity=} name was taken to mean.
     *
     * @param name      the name as asked
     * @param key       the identity's key, or null when no identity matched well enough (then no article matches)
     * @param keys      every mention key the identity stands for
     * @param score     how well the name matched, 0 to 1
     * @param matchedBy spelling, key or fuzzy
     */
    @Schema(name = "ResolvedEntity")
    public record ResolvedEntity(String name, String key, String canonical, EntityType type, List<String> keys,
            Double score, String matchedBy) {

        static ResolvedEntity of(String name, EntityIdentity identity) {
            return new ResolvedEntity(name, identity.key(), identity.canonical(), identity.type(), identity.keys(),
                    identity.score(), identity.matchedBy());
        }

        static ResolvedEntity none(String name) {
            return new ResolvedEntity(name, null, null, null, List.of(), null, null);
        }
    }

    @Schema(name = "ArticleSource")
    public record SourceView(String fileName, String relativePath, long sizeBytes, String sha256, String charset,
            String mediaType, Instant receivedAt) {
    }

    @Schema(name = "ArticleDetail")
    public record Detail(String id, String title, String author, LocalDate publishedAt,
            @Schema(description = "day the page says it was last modified; null: the page does not say")
            LocalDate modifiedAt, String language, String text, SourceView source, List<DateMention> dates,
            List<EntityMention> entities, String contentHash, String simhash, String duplicateOf,
            String nearDuplicateOf, String storyId, List<RemovedBlock> removed,
            @Schema(description = "end of the part of text dates and entities come from, when a very long text was "
                    + "analysed only in part; null: the whole text") Integer analysedUpTo,
            @Schema(description = "the cleaner's confidence in its cut, 0 to 1 (0: the extraction failed); null: "
                    + "not stated") Double extractionConfidence,
            @Schema(description = "why the extraction failed, e.g. empty-main-text or too-short; such an article "
                    + "is in no duplicate link and its own story. Null: it did not fail") String extractionFailure) {
    }

    @Schema(name = "Story")
    public record Story(String storyId, List<Summary> articles) {
    }

    static Summary summary(ArticleEntity article, String snippetSource, int snippetChars) {
        return new Summary(article.id, article.title, article.author, article.publishedAt, article.language,
                Snippets.preview(snippetSource, snippetChars), new SourceName(article.sourceFileName),
                article.duplicateOf, article.storyId);
    }

    static Detail detail(ArticleEntity article) {
        return new Detail(article.id, article.title, article.author, article.publishedAt, article.modifiedAt,
                article.language, article.text,
                new SourceView(article.sourceFileName, article.sourceRelativePath, article.sourceSizeBytes,
                        article.sourceSha256, article.sourceCharset, article.sourceMediaType,
                        article.sourceReceivedAt),
                List.copyOf(article.dates),
                article.entities.stream().map(ArticleViews::mention).toList(),
                article.contentHash, article.simhash, article.duplicateOf, article.nearDuplicateOf, article.storyId,
                List.copyOf(article.removed), article.analysedUpTo, article.extractionConfidence,
                article.extractionFailure);
    }

    private static EntityMention mention(MentionRow row) {
        return new EntityMention(row.text, row.start, row.end, row.type, row.canonical, row.key);
    }
}
