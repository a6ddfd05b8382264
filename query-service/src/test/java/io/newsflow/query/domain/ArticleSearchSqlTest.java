package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleSearchSqlTest {

    private static ArticleQuery query(String text, List<String> entityKeys, String language, LocalDate from,
            LocalDate to, boolean includeDuplicates) {
        return new ArticleQuery(text, List.of(), entityKeys, language, from, to, 2, 10, includeDuplicates, null,
                List.of());
    }

    @Test
    void withoutFiltersOnlyExactDuplicatesAreLeftOutAndNewestComesFirst() {
        SqlQuery page = ArticleSearchSql.page(query(null, List.of(), null, null, null, false), 300);
        assertThat(page.sql()).isEqualTo("SELECT a.id, left(a.body, 300) AS snippet FROM article a"
                + " WHERE a.duplicate_of IS NULL"
                + " ORDER BY a.published_at DESC NULLS LAST, a.source_received_at DESC, a.id LIMIT ?1 OFFSET ?2");
        assertThat(page.parameters()).containsExactly(10, 20);
    }

    @Test
    void includingDuplicatesLeavesNoCondition() {
        SqlQuery count = ArticleSearchSql.count(query(null, List.of(), null, null, null, true));
        assertThat(count.sql()).isEqualTo("SELECT count(*) FROM article a");
        assertThat(count.parameters()).isEmpty();
    }

    @Test
    void everyFilterBindsItsValueInPlaceholderOrder() {
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        SqlQuery count = ArticleSearchSql.count(query(null, List.of("loc:donbas", "person:x"), "ru", from, to, false));
        assertThat(count.sql()).isEqualTo("SELECT count(*) FROM article a"
                + " WHERE a.id IN (SELECT m.article_id FROM entity_mention m WHERE m.entity_key IN (?1))"
                + " AND a.id IN (SELECT m.article_id FROM entity_mention m WHERE m.entity_key IN (?2))"
                + " AND a.language = ?3 AND a.published_at >= ?4 AND a.published_at <= ?5"
                + " AND a.duplicate_of IS NULL");
        assertThat(count.parameters()).containsExactly("loc:donbas", "person:x", "ru", from, to);
    }

    @Test
    void aResolvedNameMatchesAnyKeyOfItsIdentityAndAnUnresolvedOneMatchesNothing() {
        ArticleQuery query = ArticleQuery.parse(null, List.of("Cohen", "Atlantis"), null, null, null, null, null,
                null, null, null, new ArticleQuery.Limits(20, 100))
                .resolved(List.of(List.of("person:cohen-dvd", "person:cohen"), List.of()));
        SqlQuery count = ArticleSearchSql.count(query);
        assertThat(count.sql()).isEqualTo("SELECT count(*) FROM article a"
                + " WHERE a.id IN (SELECT m.article_id FROM entity_mention m WHERE m.entity_key IN (?1, ?2))"
                + " AND FALSE AND a.duplicate_of IS NULL");
        assertThat(count.parameters()).containsExactly("person:cohen-dvd", "person:cohen");
    }

    @Test
    void namesNotResolvedYetCannotBeWrittenAsSql() {
        ArticleQuery query = ArticleQuery.parse(null, List.of("Cohen"), null, null, null, null, null, null, null,
                null, new ArticleQuery.Limits(20, 100));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleSearchSql.count(query))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textQueryIsParsedWordForWordAndStemmedInTheRequestedLanguageAndRankedFirst() {
        SqlQuery page = ArticleSearchSql.page(query("elections", List.of(), "en", null, null, true), 300);
        assertThat(page.sql()).startsWith("WITH search AS (SELECT (websearch_to_tsquery('simple', ?1)"
                + " || websearch_to_tsquery('english', ?2)) AS tsq) SELECT a.id,"
                + " ts_headline('simple', left(a.body, 200000), search.tsq, ");
        assertThat(page.sql()).contains(" FROM article a, search WHERE a.search_vector @@ search.tsq"
                + " AND a.language = ?3 ORDER BY ts_rank_cd(a.search_vector, search.tsq) DESC");
        assertThat(page.parameters()).containsExactly("elections", "elections", "en", 10, 20);
    }

    @Test
    void textQueryWithoutLanguageTriesEveryStemmerInLanguageCodeOrder() {
        assertThat(ArticleSearchSql.configurations(null)).containsExactly("simple", "german", "english", "spanish",
                "french", "italian", "dutch", "portuguese", "russian");
        assertThat(ArticleSearchSql.configurations("uk")).containsExactly("simple");
        SqlQuery count = ArticleSearchSql.count(query("harbour", List.of(), null, null, null, false));
        assertThat(count.parameters()).hasSize(9).containsOnly("harbour");
        assertThat(count.sql()).endsWith("SELECT count(*) FROM article a, search"
                + " WHERE a.search_vector @@ search.tsq AND a.duplicate_of IS NULL");
    }

    @Test
    void jdbcFormDropsThePlaceholderNumbers() {
        SqlQuery page = ArticleSearchSql.page(query(null, List.of("x"), "en", null, null, false), 10);
        assertThat(page.jdbcSql()).doesNotContainPattern("\\?\\d").contains("IN (?)");
        assertThat(page.jdbcSql().chars().filter(c -> c == '?').count()).isEqualTo(page.parameters().size());
    }

    @Test
    void oldestFirstKeepsUndatedArticlesLastAndAppliesToTextQueriesToo() {
        SqlQuery page = ArticleSearchSql.page(new ArticleQuery("harbour", List.of(), List.of(), "en", null, null, 0, 10,
                false, ArticleQuery.Sort.OLDEST, List.of()), 100);
        assertThat(page.sql()).contains(" ORDER BY a.published_at ASC NULLS LAST, a.source_received_at ASC, a.id")
                .doesNotContain("ts_rank_cd");
    }
}
