package io.newsflow.query.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.query.domain.ArticleQuery;
import io.newsflow.query.domain.ArticleSearchSql;
import io.newsflow.query.domain.SqlQuery;
import io.newsflow.query.domain.StoryLinks;

/** Reads and writes stored articles. */
@ApplicationScoped
public class ArticleStore {

    /** What one record did to the stored articles. */
    public enum Outcome {
        CREATED, UPDATED, DELETED, ABSENT
    }

    /** One search result: the article and the raw snippet text chosen for it. */
    public record Hit(ArticleEntity article, String snippet) {
    }

    public record SearchResult(long total, List<Hit> hits) {
    }

    private final EntityManager entityManager;
    private final IdentityStore identities;

    public ArticleStore(EntityManager entityManager, IdentityStore identities) {
        this.entityManager = entityManager;
        this.identities = identities;
    }

    /** Stores the article under its id: a new row the first time, the same row rewritten on every later delivery. */
    @Transactional
    public Outcome upsert(EnrichedArticle article) {
        Instant now = Instant.now();
        ArticleEntity row = ArticleEntity.findById(article.id());
        boolean created = row == null;
        if (created) {
            row = new ArticleEntity();
            row.firstStoredAt = now;
        }
        // a failed extraction's text is no article: it is never the original of another
        StoryLinks.Original sameContent = ArticleEntity
                .<ArticleEntity>find("contentHash = ?1 and id <> ?2 and duplicateOf is null and firstStoredAt <= ?3"
                        + " and extractionFailure is null order by firstStoredAt, id", article.contentHash(),
                        article.id(), row.firstStoredAt)
                .firstResultOptional()
                .map(original -> new StoryLinks.Original(original.id, original.storyId))
                .orElse(null);
        ArticleMapping.apply(article, StoryLinks.resolve(article, sameContent), row);
        row.updatedAt = now;
        row.deliveries++;
        if (created) {
            row.persist();
        }
        Map<String, String> displayByKey = new LinkedHashMap<>();
        row.entities.forEach(mention -> displayByKey.putIfAbsent(mention.key, mention.canonical));
        identities.register(displayByKey);
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Removes the article and its mentions: what a tombstone (null value) on articles.enriched asks for. */
    @Transactional
    public Outcome delete(String id) {
        return ArticleEntity.deleteById(id) ? Outcome.DELETED : Outcome.ABSENT;
    }

    /** The article with its entity mentions loaded, or null. */
    @Transactional
    public ArticleEntity article(String id) {
        ArticleEntity article = ArticleEntity.findById(id);
        if (article != null) {
            // Its own select: a join fetch repeats the whole body on every mention row (3,000 mentions of a 2 MB
            // text made 6 GB and exhausted the heap).
            Hibernate.initialize(article.entities);
        }
        return article;
    }

    @Transactional
    public SearchResult search(ArticleQuery query, int snippetChars) {
        long total = ((Number) nativeQuery(ArticleSearchSql.count(query)).getSingleResult()).longValue();
        if (total == 0 || query.offset() >= total) {
            return new SearchResult(total, List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery(ArticleSearchSql.page(query, snippetChars)).getResultList();
        List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
        Map<String, ArticleEntity> articles = ArticleEntity.<ArticleEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(article -> article.id, Function.identity()));
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            ArticleEntity article = articles.get((String) row[0]);
            if (article != null) {
                hits.add(new Hit(article, (String) row[1]));
            }
        }
        return new SearchResult(total, hits);
    }

    /** Every stored copy of a story, in the order they arrived. */
    @Transactional
    public List<ArticleEntity> story(String storyId) {
        return ArticleEntity.list("storyId = ?1 order by sourceReceivedAt, firstStoredAt, id", storyId);
    }

    private Query nativeQuery(SqlQuery sql) {
        Query query = entityManager.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, sql.parameters().get(i));
        }
        return query;
    }
}
