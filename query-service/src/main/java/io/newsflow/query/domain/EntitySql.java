package io.newsflow.query.domain;

import java.util.Map;
import java.util.TreeMap;

import io.newsflow.contract.EntityType;

/** Native PostgreSQL statements over {@code entity_mention}, where each mention row carries its identity key. */
public final class EntitySql {

    private static final String AGGREGATES = " mode() WITHIN GROUP (ORDER BY m.canonical) AS canonical,"
            + " mode() WITHIN GROUP (ORDER BY m.entity_type) AS entity_type,"
            + " array_to_json(array_agg(DISTINCT m.mention_text ORDER BY m.mention_text))::text AS spellings,"
            + " count(DISTINCT m.article_id) AS article_count";
    // Exact duplicates do not add to a count, as the article list does not show them by default either.
    private static final String ORIGINALS = " JOIN article a ON a.id = m.article_id AND a.duplicate_of IS NULL";

    private EntitySql() {
    }

    /**
     * Rows {@code (key, canonical, type, spellings as a JSON array, article count)} of every identity key, most
     * mentioned-in first: the listing without a searched name.
     */
    public static SqlQuery identities(EntityQuery query) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT m.entity_key," + AGGREGATES + " FROM entity_mention m" + ORIGINALS);
        if (query.type() != null) {
            sql.append(" WHERE m.entity_type = ").bind(query.type().name());
        }
        sql.append(" GROUP BY m.entity_key ORDER BY article_count DESC, canonical, m.entity_key LIMIT ")
                .bind(query.limit());
        return sql.build();
    }

    /**
     * Rows {@code (identity, canonical, type, spellings as a JSON array, article count)} of the identities given,
     * each made of one or more keys, in no particular order.
     *
     * @param identityOfKey the identity of every key to count (not empty)
     * @param type          only mentions of this class, or null
     */
    public static SqlQuery identitiesOf(Map<String, String> identityOfKey, EntityType type) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("WITH ids(entity_key, identity) AS (VALUES ");
        String separator = "";
        for (Map.Entry<String, String> e : new TreeMap<>(identityOfKey).entrySet()) {
            sql.append(separator).append("(").bind(e.getKey()).append(", ").bind(e.getValue()).append(")");
            separator = ", ";
        }
        sql.append(") SELECT ids.identity," + AGGREGATES
                + " FROM ids JOIN entity_mention m ON m.entity_key = ids.entity_key" + ORIGINALS);
        if (type != null) {
            sql.append(" WHERE m.entity_type = ").bind(type.name());
        }
        sql.append(" GROUP BY ids.identity");
        return sql.build();
    }
}
