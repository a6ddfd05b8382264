package io.newsflow.query.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;

import io.newsflow.contract.EntityType;
import io.newsflow.infra.postgres.EmbeddedPostgresServer;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.IdentityMatch;
import io.newsflow.names.IdentityRanking;
import io.newsflow.names.NameMatcher;
import io.newsflow.query.domain.EntitySql;
import io.newsflow.query.domain.IdentitySql;
import io.newsflow.query.domain.SqlQuery;
import io.newsflow.query.persistence.IdentityStore;

/**
 * How long resolving a searched name takes with 100,000 identities stored: the statements and the ranking of
 * {@code IdentityLookup} (spellings, indexed candidates, surnames of surname-only keys, aggregation over mentions),
 * run by plain JDBC against an embedded PostgreSQL after the service's migrations. Names are generated: random
 * syllable surnames with common given names, and places; queries are stored names respelled (a vowel or a doubled
 * letter changed), names not stored, and one- and two-letter beginnings.
 *
 * <p>Run: {@code mvn -B -q -f query-service/pom.xml test-compile exec:java@bench-identity-lookup}
 * ({@code -Dexec.args=N} for another number of identities).
 */
public final class IdentityLookupBenchmark {

    private static final String[] GIVEN = {"Alexander", "Maria", "Ivan", "Olga", "Sergei", "Anna", "David", "Noam",
        "Sviatlana", "Viktor", "Elena", "Pavel", "Tatiana", "Dmitry", "Irina", "Andrei"};
    private static final String[] ONSETS = {"b", "v", "g", "d", "k", "l", "m", "n", "p", "r", "s", "t", "ch", "sh",
        "kh", "z", "ts", "zh"};
    private static final String[] VOWELS = {"a", "o", "e", "i", "u", "y"};
    private static final String[] ENDINGS = {"ov", "ova", "enko", "sky", "skaya", "ich", "uk", "in", "ina", "ets"};
    private static final int MENTIONS_PER_ARTICLE = 10;

    public static void main(String[] args) throws SQLException {
        int identities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        EntityResolver resolver = new EntityResolver();
        NameMatcher matcher = new NameMatcher(resolver);
        IdentityRanking ranking = new IdentityRanking(matcher);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            Flyway.configure().dataSource(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD).locations("classpath:db/migration").load().migrate();
            try (Connection db = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD)) {
                long start = System.nanoTime();
                List<String> names = store(db, identities, random, resolver);
                System.out.printf(Locale.ROOT, "stored %d identities (%d mentions) in %.1f s%n", names.size(),
                        names.size(), (System.nanoTime() - start) / 1e9);
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("ANALYZE");
                }
                Map<String, List<String>> queries = new LinkedHashMap<>();
                queries.put("stored name respelled", sample(names, 200, random).stream()
                        .map(name -> respelled(name, random)).toList());
                queries.put("name not stored", java.util.stream.IntStream.range(0, 200)
                        .mapToObj(i -> GIVEN[random.nextInt(GIVEN.length)] + " " + surname(random) + "q").toList());
                queries.put("one or two letters", List.of("a", "K", "ma", "Lu", "ts", "o", "Sh", "v", "in", "e"));
                System.out.printf(Locale.ROOT, "%-22s %7s %7s %7s %7s %7s%n", "query", "count", "p50 ms", "p95 ms",
                        "p99 ms", "max ms");
                for (int round = 0; round < 2; round++) {
                    for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                        List<Double> millis = new ArrayList<>();
                        for (String query : kind.getValue()) {
                            long t = System.nanoTime();
                            lookup(db, matcher, ranking, query);
                            millis.add((System.nanoTime() - t) / 1e6);
                        }
                        if (round == 1) {
                            print(kind.getKey(), millis);
                        }
                    }
                    if (round == 0) {
                        STEP_NANOS.clear();
                    }
                }
                if (Boolean.getBoolean("explain")) {
                    for (String query : List.of(queries.get("stored name respelled").get(0), "a", "Kalin")) {
                        SqlQuery sql = IdentitySql.candidates(matcher.parse(query), IdentityStore.CANDIDATES,
                                IdentityStore.NEAREST);
                        SqlQuery explain = new SqlQuery("EXPLAIN ANALYZE " + sql.sql(), sql.parameters());
                        System.out.println("EXPLAIN " + query);
                        column(db, explain).forEach(System.out::println);
                    }
                }
                System.out.print("time per step, share:");
                long total = STEP_NANOS.values().stream().mapToLong(Long::longValue).sum();
                STEP_NANOS.forEach((step, nanos) -> System.out.printf(Locale.ROOT, " %s %.0f %%", step,
                        100.0 * nanos / total));
                System.out.println();
            }
        }
    }

    /** Nanoseconds spent per step of the lookup, over the measured round. */
    private static final Map<String, Long> STEP_NANOS = new LinkedHashMap<>();

    private static long step(String name, long since) {
        long now = System.nanoTime();
        STEP_NANOS.merge(name, now - since, Long::sum);
        return now;
    }

    /** The statements and ranking of IdentityLookup.identities for one name. */
    private static int lookup(Connection db, NameMatcher matcher, IdentityRanking ranking, String name)
            throws SQLException {
        long t = System.nanoTime();
        NameMatcher.QueryName query = matcher.parse(name);
        t = step("parse", t);
        Set<String> bySpelling = Set.copyOf(column(db, IdentitySql.keysBySpelling(query.text(), 200)));
        t = step("spellings", t);
        List<IdentityRanking.Candidate> candidates = new ArrayList<>();
        for (List<Object> row : rows(db, IdentitySql.candidates(query, IdentityStore.CANDIDATES, IdentityStore.NEAREST))) {
            candidates.add(new IdentityRanking.Candidate((String) row.get(0), (String) row.get(1),
                    (Boolean) row.get(2)));
        }
        t = step("candidates", t);
        List<IdentityMatch> ranked = ranking.rank(query, bySpelling, candidates);
        t = step("ranking", t);
        Set<String> surnames = ranked.stream().map(m -> NameMatcher.surnameOf(m.key()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<String>> fullNames = new HashMap<>();
        if (!surnames.isEmpty()) {
            for (List<Object> row : rows(db, IdentitySql.fullNamesBySurname(surnames))) {
                fullNames.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add((String) row.get(1));
            }
        }
        t = step("surnames", t);
        Map<String, String> identityOf = IdentityRanking.identities(ranked.stream().map(IdentityMatch::key).toList(),
                fullNames);
        int found = identityOf.isEmpty() ? 0 : rows(db, EntitySql.identitiesOf(identityOf, null)).size();
        step("aggregate", t);
        return found;
    }

    private static List<String> store(Connection db, int identities, Random random, EntityResolver resolver)
            throws SQLException {
        List<String> names = new ArrayList<>(identities);
        Set<String> seen = new java.util.HashSet<>();
        while (names.size() < identities) {
            String name = names.size() % 5 == 4 ? capitalized(surname(random)) + (random.nextBoolean() ? " Oblast" : "")
                    : GIVEN[random.nextInt(GIVEN.length)] + " " + capitalized(surname(random));
            if (seen.add(name)) {
                names.add(name);
            }
        }
        db.setAutoCommit(false);
        try (PreparedStatement article = db.prepareStatement("INSERT INTO article (id, body, source_file_name,"
                + " source_relative_path, source_size_bytes, source_sha256, source_charset, source_media_type,"
                + " source_received_at, content_hash, simhash, story_id, first_stored_at, updated_at, deliveries)"
                + " VALUES (?, 'text', 'f', 'f', 4, ?, 'UTF-8', 'text/plain', now(), ?, '0123456789abcdef', ?,"
                + " now(), now(), 1)");
                PreparedStatement mention = db.prepareStatement("INSERT INTO entity_mention (article_id, ordinal,"
                        + " mention_text, start_offset, end_offset, entity_type, canonical, entity_key)"
                        + " VALUES (?, ?, ?, 0, 1, ?, ?, ?)")) {
            Map<String, String> displayByKey = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                String id = "a" + i / MENTIONS_PER_ARTICLE;
                if (i % MENTIONS_PER_ARTICLE == 0) {
                    article.setString(1, id);
                    article.setString(2, "0".repeat(64));
                    article.setString(3, id);
                    article.setString(4, id);
                    article.addBatch();
                    article.executeBatch();
                }
                EntityType type = i % 5 == 4 ? EntityType.LOC : EntityType.PERSON;
                String key = resolver.keyOf(names.get(i), type);
                mention.setString(1, id);
                mention.setInt(2, i % MENTIONS_PER_ARTICLE);
                mention.setString(3, names.get(i));
                mention.setString(4, type.name());
                mention.setString(5, names.get(i));
                mention.setString(6, key);
                mention.addBatch();
                displayByKey.putIfAbsent(key, names.get(i));
                if (i % 1000 == 999) {
                    mention.executeBatch();
                    execute(db, IdentitySql.register(displayByKey));
                    displayByKey.clear();
                }
            }
            mention.executeBatch();
            if (!displayByKey.isEmpty()) {
                execute(db, IdentitySql.register(displayByKey));
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return names;
    }

    private static String surname(Random random) {
        StringBuilder s = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            s.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return s.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
    }

    /** A name with one vowel changed or one letter doubled: a spelling the data did not use. */
    private static String respelled(String name, Random random) {
        char[] letters = name.toCharArray();
        int at = 1 + random.nextInt(letters.length - 1);
        if ("aeiouy".indexOf(letters[at]) >= 0) {
            letters[at] = "aeiou".charAt(random.nextInt(5));
            return new String(letters);
        }
        return name.substring(0, at) + letters[at] + name.substring(at);
    }

    private static List<String> sample(List<String> names, int count, Random random) {
        List<String> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(names.get(random.nextInt(names.size())));
        }
        return sample;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void print(String kind, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-22s %7d %7.1f %7.1f %7.1f %7.1f%n", kind, sorted.size(),
                percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void execute(Connection db, SqlQuery sql) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql)) {
            statement.executeUpdate();
        }
    }

    private static List<String> column(Connection db, SqlQuery sql) throws SQLException {
        return rows(db, sql).stream().map(row -> (String) row.get(0)).toList();
    }

    private static List<List<Object>> rows(Connection db, SqlQuery sql) throws SQLException {
        List<List<Object>> found = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, sql); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                found.add(row);
            }
        }
        return found;
    }

    private static PreparedStatement prepare(Connection db, SqlQuery sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql.jdbcSql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            statement.setObject(i + 1, sql.parameters().get(i));
        }
        return statement;
    }
}
