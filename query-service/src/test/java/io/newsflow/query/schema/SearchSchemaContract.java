package io.newsflow.query.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsflow.names.EntityResolver;
import io.newsflow.names.NameMatcher;
import io.newsflow.query.TestArticles;
import io.newsflow.query.domain.ArticleQuery;
import io.newsflow.query.domain.ArticleSearchSql;
import io.newsflow.query.domain.EntityQuery;
import io.newsflow.query.domain.EntitySql;
import io.newsflow.query.domain.IdentitySql;
import io.newsflow.query.domain.SqlQuery;

/**
 * The Flyway migrations and the search statements of the domain, run by plain JDBC against a real PostgreSQL: the
 * generated search column, its stemming, the entity tables and the identity aggregation, without the service around
 * them. Subclasses say which server.
 */
abstract class SearchSchemaContract {

    protected abstract String jdbcUrl();

    protected abstract String user();

    protected abstract String password();

    @BeforeEach
    void migrateAndEmpty() throws SQLException {
        Flyway.configure().dataSource(jdbcUrl(), user(), password()).locations("classpath:db/migration").load()
                .migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE article, entity_identity CASCADE");
        }
    }

    @Test
    void englishTextIsFoundByAnotherFormOfTheWordAndTitleMatchesRankFirst() throws SQLException {
        insertArticle("body-match", "Local news", "en", LocalDate.of(2023, 4, 2), "Voters went to the elections.", null);
        insertArticle("title-match", "Elections called", "en", LocalDate.of(2023, 4, 1), "The date is set.", null);
        insertArticle("other", "Weather", "en", LocalDate.of(2023, 4, 3), "Rain later.", null);

        assertThat(ids(textQuery("election", null))).containsExactly("title-match", "body-match");
        assertThat(ids(textQuery("\"went to the elections\"", "en"))).containsExactly("body-match");
        assertThat(ids(textQuery("elections -voters", null))).containsExactly("title-match");
    }

    @Test
    void russianTextIsFoundByInflectedFormsAndUnknownLanguagesWordForWord() throws SQLException {
        insertArticle("ru", "Новости", "ru", null, "Жители города вышли на выборы.", null);
        insertArticle("uk", "Новини", "uk", null, "Мешканці міста пішли на вибори.", null);

        assertThat(ids(textQuery("выборов", null))).containsExactly("ru");
        assertThat(ids(textQuery("вибори", null))).containsExactly("uk");
        assertThat(ids(textQuery("выборах", "uk"))).isEmpty();
    }

    @Test
    void identityKeysAreIndexedOnceAndFoundBySpellingSurnameTrigramsAndPartOfName() throws SQLException {
        NameMatcher matcher = new NameMatcher(new EntityResolver());
        insertTwoAlexanders();
        insertMention("c", 1, "Kalinouski Regiment", "ORG", "Kalinouski Regiment", "org:kalinouski-regiment");

        assertThat(rows(IdentitySql.unindexed(10))).hasSize(4);
        Map<String, String> unindexed = new TreeMap<>();
        rows(IdentitySql.unindexed(10)).forEach(row -> unindexed.put(row.get(0), row.get(1)));
        execute(IdentitySql.register(unindexed));
        execute(IdentitySql.register(Map.of("person:lukashenko", "again")));
        assertThat(rows(IdentitySql.unindexed(10))).as("every key indexed once").isEmpty();

        assertThat(column(IdentitySql.keysBySpelling("ЛУКАШЕНКО", 10))).containsExactly("person:lukashenko");
        assertThat(column(IdentitySql.candidates(matcher.parse("Lukashenka"), 50, 2)))
                .as("the nearest fuzzy forms: the same surname in another spelling")
                .contains("person:lukashenko", "person:lukashenko-alksndr").doesNotContain("person:friedman-alksndr");
        assertThat(partOfName(IdentitySql.candidates(matcher.parse("Kalin"), 50, 0))).as("a name begun")
                .containsExactly("org:kalinouski-regiment");
        assertThat(partOfName(IdentitySql.candidates(matcher.parse("ka"), 50, 0))).as("one begun in two letters")
                .containsExactly("org:kalinouski-regiment");
        assertThat(rows(IdentitySql.fullNamesBySurname(List.of("lukashenko", "friedman"))))
                .containsExactly(List.of("friedman", "person:friedman-alksndr"),
                        List.of("lukashenko", "person:lukashenko-alksndr"));
        assertThat(partOfName(IdentitySql.candidates(matcher.parse("100%_"), 50, 0)))
                .as("LIKE wildcards are literal").isEmpty();
    }

    @Test
    void identitiesAreCountedOverTheirKeysLeavingExactDuplicatesOut() throws SQLException {
        insertTwoAlexanders();

        assertThat(ids(keysQuery(List.of("person:lukashenko-alksndr", "person:lukashenko"))))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(ids(keysQuery(List.of("person:friedman-alksndr")))).containsExactly("c");
        assertThat(ids(keysQuery(List.of()))).as("a name resolved to nothing").isEmpty();

        assertThat(rows(EntitySql.identities(new EntityQuery(null, null, 10)))).containsExactly(
                List.of("person:friedman-alksndr", "Alexander Friedman", "PERSON", "[\"Alexander Friedman\"]", "1"),
                List.of("person:lukashenko-alksndr", "Alexander Lukashenko", "PERSON",
                        "[\"Alexander Lukashenko\"]", "1"),
                List.of("person:lukashenko", "Lukashenko", "PERSON", "[\"Лукашенко\"]", "1"));
        assertThat(rows(EntitySql.identitiesOf(Map.of("person:lukashenko", "person:lukashenko-alksndr",
                "person:lukashenko-alksndr", "person:lukashenko-alksndr"), null))).containsExactly(
                List.of("person:lukashenko-alksndr", "Alexander Lukashenko", "PERSON",
                        "[\"Alexander Lukashenko\",\"Лукашенко\"]", "2"));
    }

    @Test
    void aBodyOfTwoMegabytesOfDistinctWordsIsStoredAndFoundByItsTitleAndByWordsOfItsSearchedPart()
            throws SQLException {
        int searched = ArticleSearchSql.SEARCHED_BODY_CHARS;
        String lead = TestArticles.distinctWords(searched - 40, 3, 'a');
        String body = lead + " zebrafinch " + TestArticles.distinctWords(2_000_000, 4, 'a') + " quokkaland";

        insertArticle("big", "Harbour ledger", "en", null, body, null);

        assertThat(ids(textQuery("ledger", null))).containsExactly("big");
        assertThat(ids(textQuery("zebrafinch", "en"))).as("last word inside the searched part").containsExactly("big");
        assertThat(ids(textQuery("quokkaland", null))).as("beyond the searched part").isEmpty();
    }

    @Test
    void aStemmedBodyOfTwoByteDistinctWordsStaysWithinTheVectorLimit() throws SQLException {
        String body = TestArticles.distinctWords(1_000_000, 5, 'а');

        insertArticle("big-ru", "Большой архив", "ru", null, body, null);

        assertThat(ids(textQuery("архива", "ru"))).containsExactly("big-ru");
    }

    @Test
    void pageAndCountAgreeAndDatesBoundInclusively() throws SQLException {
        for (int day = 1; day <= 5; day++) {
            insertArticle("d" + day, null, "en", LocalDate.of(2024, 3, day), "Day " + day + ".", null);
        }
        ArticleQuery middle = new ArticleQuery(null, List.of(), List.of(), null, LocalDate.of(2024, 3, 2),
                LocalDate.of(2024, 3, 4), 0, 2, false, null, List.of());
        assertThat(count(middle)).isEqualTo(3);
        assertThat(ids(middle)).containsExactly("d4", "d3");
        assertThat(ids(new ArticleQuery(null, List.of(), List.of(), null, middle.from(), middle.to(), 1, 2, false,
                null, List.of())))
                .containsExactly("d2");
    }

    /**
     * Alexander Lukashenko in full in "a", by surname alone in Cyrillic in "b" and its exact duplicate "b-copy", and
     * Alexander Friedman in "c".
     */
    private void insertTwoAlexanders() throws SQLException {
        insertArticle("a", null, "en", null, "Alexander Lukashenko spoke.", null);
        insertArticle("b", null, "en", null, "Лукашенко говорил.", null);
        insertArticle("c", null, "en", null, "Alexander Friedman wrote.", null);
        insertArticle("b-copy", null, "en", null, "Лукашенко говорил.", "b");
        insertMention("a", 0, "Alexander Lukashenko", "PERSON", "Alexander Lukashenko", "person:lukashenko-alksndr");
        insertMention("b", 0, "Лукашенко", "PERSON", "Lukashenko", "person:lukashenko");
        insertMention("b-copy", 0, "Лукашенко", "PERSON", "Lukashenko", "person:lukashenko");
        insertMention("c", 0, "Alexander Friedman", "PERSON", "Alexander Friedman", "person:friedman-alksndr");
    }

    private static ArticleQuery textQuery(String text, String language) {
        return new ArticleQuery(text, List.of(), List.of(), language, null, null, 0, 10, false, null, List.of());
    }

    /** Articles that mention one of the keys, as for a name resolved to an identity of these keys. */
    private static ArticleQuery keysQuery(List<String> keys) {
        return new ArticleQuery(null, List.of("name"), List.of(), null, null, null, 0, 10, false, null,
                List.of(keys));
    }

    private List<List<String>> rows(SqlQuery sql) throws SQLException {
        List<List<String>> found = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                found.add(row);
            }
        }
        return found;
    }

    /** Keys the candidate lookup found only as a part of their display name (with no nearest forms asked for). */
    private List<String> partOfName(SqlQuery candidates) throws SQLException {
        return rows(candidates).stream().filter(row -> "t".equals(row.get(2)) || "true".equals(row.get(2)))
                .map(row -> row.get(0)).toList();
    }

    private List<String> column(SqlQuery sql) throws SQLException {
        return rows(sql).stream().map(row -> row.get(0)).sorted().toList();
    }

    private void execute(SqlQuery sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql)) {
            statement.executeUpdate();
        }
    }

    private List<String> ids(ArticleQuery query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, ArticleSearchSql.page(query, 100));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private long count(ArticleQuery query) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, ArticleSearchSql.count(query));
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, SqlQuery sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.jdbcSql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            statement.setObject(i + 1, sql.parameters().get(i));
        }
        return statement;
    }

    private void insertArticle(String id, String title, String language, LocalDate publishedAt, String body,
            String duplicateOf) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article (id, title, language, published_at, body, source_file_name, source_relative_path,"
                        + " source_size_bytes, source_sha256, source_charset, source_media_type, source_received_at,"
                        + " content_hash, simhash, duplicate_of, story_id, first_stored_at, updated_at, deliveries)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 10, ?, 'UTF-8', 'text/plain', now(), ?, '0123456789abcdef',"
                        + " ?, ?, now(), now(), 1)")) {
            insert.setString(1, id);
            insert.setString(2, title);
            insert.setString(3, language);
            insert.setDate(4, publishedAt == null ? null : Date.valueOf(publishedAt));
            insert.setString(5, body);
            insert.setString(6, id + ".txt");
            insert.setString(7, id + ".txt");
            insert.setString(8, "0".repeat(64));
            insert.setString(9, Integer.toHexString(body.hashCode()));
            insert.setString(10, duplicateOf);
            insert.setString(11, duplicateOf != null ? duplicateOf : id);
            insert.executeUpdate();
        }
    }

    private void insertMention(String articleId, int ordinal, String text, String type, String canonical, String key)
            throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entity_mention (article_id, ordinal, mention_text, start_offset, end_offset, entity_type,"
                        + " canonical, entity_key) VALUES (?, ?, ?, 0, ?, ?, ?, ?)")) {
            insert.setString(1, articleId);
            insert.setInt(2, ordinal);
            insert.setString(3, text);
            insert.setInt(4, text.length());
            insert.setString(5, type);
            insert.setString(6, canonical);
            insert.setString(7, key);
            insert.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }
}
