package io.newsflow.query.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Native PostgreSQL statements for {@link ArticleQuery}: the ids of one page (with a snippet source) and the total.
 * Full-text matching runs on the generated {@code search_vector} column (GIN index) with
 * {@code websearch_to_tsquery}, word for word ('simple') and stemmed for the languages PostgreSQL knows.
 */
public final class ArticleSearchSql {

    /**
     * Characters at the start of a body that the search vector covers (migration V2: PostgreSQL caps a tsvector at
     * 1 MB of lexemes). Snippets are cut from the same part, where the matches are.
     */
    public static final int SEARCHED_BODY_CHARS = 200_000;

    private ArticleSearchSql() {
    }

    /**
     * Rows {@code (id, snippet)} of the requested page in the query's order (undated articles last). The snippet is a highlight-free fragment around the matches, or the text's start
     * (at most {@code snippetChars} characters) without a text query.
     */
    public static SqlQuery page(ArticleQuery query, int snippetChars) {
        SqlBuilder sql = new SqlBuilder();
        withSearch(sql, query);
        sql.append("SELECT a.id, ");
        if (query.text() != null) {
            sql.append("ts_headline('simple', left(a.body, " + SEARCHED_BODY_CHARS + "), search.tsq, "
                    + "'MaxFragments=1, MaxWords=40, MinWords=15, StartSel=\"\", StopSel=\"\"')");
        } else {
            sql.append("left(a.body, ").append(Integer.toString(Math.max(1, snippetChars))).append(")");
        }
        sql.append(" AS snippet");
        fromWhere(sql, query);
        sql.append(switch (query.sort()) {
            case RELEVANCE -> " ORDER BY ts_rank_cd(a.search_vector, search.tsq) DESC, a.published_at DESC NULLS LAST,"
                    + " a.id";
            case NEWEST -> " ORDER BY a.published_at DESC NULLS LAST, a.source_received_at DESC, a.id";
            case OLDEST -> " ORDER BY a.published_at ASC NULLS LAST, a.source_received_at ASC, a.id";
        });
        sql.append(" LIMIT ").bind(query.size()).append(" OFFSET ").bind(query.offset());
        return sql.build();
    }

    /** One row, one column: how many articles match, over all pages. */
    public static SqlQuery count(ArticleQuery query) {
        SqlBuilder sql = new SqlBuilder();
        withSearch(sql, query);
        sql.append("SELECT count(*)");
        fromWhere(sql, query);
        return sql.build();
    }

    /** Text-search configurations a query is parsed with: 'simple', plus the stemming ones that apply. */
    static List<String> configurations(String language) {
        List<String> configs = new ArrayList<>();
        configs.add(TextSearchLanguages.SIMPLE);
        if (language != null) {
            String stemmed = TextSearchLanguages.STEMMED.get(language);
            if (stemmed != null) {
                configs.add(stemmed);
            }
        } else {
            // Sorted, so the same query always yields the same statement.
            configs.addAll(new TreeMap<>(TextSearchLanguages.STEMMED).values());
        }
        return configs;
    }

    private static void withSearch(SqlBuilder sql, ArticleQuery query) {
        if (query.text() == null) {
            return;
        }
        sql.append("WITH search AS (SELECT (");
        List<String> configs = configurations(query.language());
        for (int i = 0; i < configs.size(); i++) {
            if (i > 0) {
                sql.append(" || ");
            }
            // Configuration names come from a fixed list, never from the request.
            sql.append("websearch_to_tsquery('").append(configs.get(i)).append("', ").bind(query.text()).append(")");
        }
        sql.append(") AS tsq) ");
    }

    private static void fromWhere(SqlBuilder sql, ArticleQuery query) {
        if (query.resolvedKeys().size() != query.entities().size()) {
            throw new IllegalStateException("entity names must be resolved to keys before the query is written");
        }
        sql.append(query.text() != null ? " FROM article a, search" : " FROM article a");
        List<Runnable> conditions = new ArrayList<>();
        if (query.text() != null) {
            conditions.add(() -> sql.append("a.search_vector @@ search.tsq"));
        }
        for (String key : query.entityKeys()) {
            conditions.add(() -> entityCondition(sql, List.of(key)));
        }
        for (List<String> keys : query.resolvedKeys()) {
            conditions.add(() -> entityCondition(sql, keys));
        }
        if (query.language() != null) {
            conditions.add(() -> sql.append("a.language = ").bind(query.language()));
        }
        if (query.from() != null) {
            conditions.add(() -> sql.append("a.published_at >= ").bind(query.from()));
        }
        if (query.to() != null) {
            conditions.add(() -> sql.append("a.published_at <= ").bind(query.to()));
        }
        if (!query.includeDuplicates()) {
            conditions.add(() -> sql.append("a.duplicate_of IS NULL"));
        }
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? " WHERE " : " AND ");
            conditions.get(i).run();
        }
    }

    /** The article mentions one of the keys of an identity; none when a name matched no identity. */
    private static void entityCondition(SqlBuilder sql, List<String> keys) {
        if (keys.isEmpty()) {
            sql.append("FALSE");
            return;
        }
        sql.append("a.id IN (SELECT m.article_id FROM entity_mention m WHERE m.entity_key IN (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").bind(keys.get(i));
        }
        sql.append("))");
    }
}
