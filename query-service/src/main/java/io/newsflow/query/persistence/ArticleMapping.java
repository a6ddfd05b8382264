package io.newsflow.query.persistence;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.contract.DateMention;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Source;
import io.newsflow.query.domain.StoryLinks;

/**
 * Copies an article from articles.enriched onto its row, replacing whatever an earlier delivery stored. PostgreSQL
 * text and jsonb cannot hold U+0000, so a NUL in any text becomes U+FFFD: same length, so offsets stay right, and the
 * article is stored rather than refused.
 */
final class ArticleMapping {

    private ArticleMapping() {
    }

    static void apply(EnrichedArticle article, StoryLinks links, ArticleEntity row) {
        row.id = article.id();
        row.title = storable(article.title());
        row.author = storable(article.author());
        row.publishedAt = article.publishedAt();
        row.modifiedAt = article.modifiedAt();
        row.language = article.language();
        row.text = storable(article.text());
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
        row.analysedUpTo = article.analysedUpTo();
        row.extractionConfidence = article.extractionConfidence();
        row.extractionFailure = article.extractionFailure();
        row.dates = new ArrayList<>();
        for (DateMention date : listOrEmpty(article.dates())) {
            row.dates.add(new DateMention(storable(date.text()), date.start(), date.end(), storable(date.value())));
        }
        row.removed = new ArrayList<>();
        for (RemovedBlock block : listOrEmpty(article.removed())) {
            row.removed.add(new RemovedBlock(storable(block.text()), block.reason()));
        }
        // Same list instance: Hibernate rewrites the collection rows in place.
        row.entities.clear();
        for (EntityMention mention : listOrEmpty(article.entities())) {
            row.entities.add(row(mention));
        }
    }

    private static MentionRow row(EntityMention mention) {
        MentionRow row = new MentionRow();
        row.text = storable(mention.text());
        row.start = mention.start();
        row.end = mention.end();
        row.type = mention.type();
        row.canonical = storable(mention.canonical());
        row.key = storable(mention.key());
        return row;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
