package io.newsflow.query.domain;

/** Native PostgreSQL statements over {@code entity_mention}, where each mention row carries its identity key. */
public final class EntitySql {

    private EntitySql() {
    }

    /**
     * Rows {@code (key, canonical, type, spellings as a JSON array, article count)}, most mentioned-in identity first.
     * Exact duplicates do not add to the count, as the article list does not show them by default either.
     */
    public static SqlQuery identities(EntityQuery query) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT m.entity_key,"
                + " mode() WITHIN GROUP (ORDER BY m.canonical) AS canonical,"
                + " mode() WITHIN GROUP (ORDER BY m.entity_type) AS entity_type,"
                + " array_to_json(array_agg(DISTINCT m.mention_text ORDER BY m.mention_text))::text AS spellings,"
                + " count(DISTINCT m.article_id) AS article_count"
                + " FROM entity_mention m JOIN article a ON a.id = m.article_id AND a.duplicate_of IS NULL"
                + " WHERE TRUE");
        if (query.type() != null) {
            sql.append(" AND m.entity_type = ").bind(query.type().name());
        }
        if (query.text() != null) {
            sql.append(" AND m.entity_key IN (SELECT s.entity_key FROM entity_mention s"
                    + " WHERE strpos(lower(s.mention_text), lower(").bind(query.text())
                    .append(")) > 0 OR strpos(lower(s.canonical), lower(").bind(query.text())
                    .append(")) > 0 OR s.entity_key = ").bind(query.text()).append(")");
        }
        sql.append(" GROUP BY m.entity_key ORDER BY article_count DESC, canonical, m.entity_key LIMIT ")
                .bind(query.limit());
        return sql.build();
    }

    /**
     * Appends a sub-select of the identity keys {@code spelling} stands for: itself when it is a key, and the key of
     * every mention whose text or canonical name equals it ignoring case.
     */
    static void keysOfSpelling(SqlBuilder sql, String spelling) {
        sql.append("SELECT s.entity_key FROM entity_mention s WHERE s.entity_key = ").bind(spelling)
                .append(" OR lower(s.mention_text) = lower(").bind(spelling)
                .append(") OR lower(s.canonical) = lower(").bind(spelling).append(")");
    }
}
