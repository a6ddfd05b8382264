package io.newsflow.query.persistence;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.Source;
import io.newsflow.query.domain.StoryLinks;

/** Copies an article from articles.enriched onto its row, replacing whatever an earlier delivery stored. */
final class ArticleMapping {

    private ArticleMapping() {
    }

    static void apply(EnrichedArticle article, StoryLinks links, ArticleEntity row) {
        row.id = article.id();
        row.title = article.title();
        row.author = article.author();
        row.publishedAt = article.publishedAt();
        row.language = article.language();
        row.text = article.text();
        Source source = article.source();
        row.sourceFileName = source.fileName();
        row.sourceRelativePath = source.relativePath();
        row.sourceSizeBytes = source.sizeBytes();
        row.sourceSha256 = source.sha256();
        row.sourceCharset = source.charset();
        row.sourceMediaType = source.mediaType();
        row.sourceReceivedAt = source.receivedAt();
        row.contentHash = article.contentHash();
        row.simhash = article.simhash();
        row.minhash = article.minhash() == null ? null : article.minhash().toArray(Integer[]::new);
        row.duplicateOf = links.duplicateOf();
        row.nearDuplicateOf = links.nearDuplicateOf();
        row.storyId = links.storyId();
        row.dates = listOrEmpty(article.dates());
        row.removed = listOrEmpty(article.removed());
        // Same list instance: Hibernate rewrites the collection rows in place.
        row.entities.clear();
        for (EntityMention mention : listOrEmpty(article.entities())) {
            row.entities.add(row(mention));
        }
    }

    private static MentionRow row(EntityMention mention) {
        MentionRow row = new MentionRow();
        row.text = mention.text();
        row.start = mention.start();
        row.end = mention.end();
        row.type = mention.type();
        row.canonical = mention.canonical();
        row.key = mention.key();
        return row;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
