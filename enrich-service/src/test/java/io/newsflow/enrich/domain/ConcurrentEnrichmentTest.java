package io.newsflow.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.testing.SharedModels;

/**
 * The service enriches several articles at once (one per consumer of articles.clean) with one set of models: the
 * real ones here, shared by all threads as in the service.
 */
class ConcurrentEnrichmentTest {

    private static final int THREADS = 8;
    private static final Source SOURCE = new Source("wire.txt", "wire.txt", 900, "c".repeat(64), "UTF-8",
            "text/plain", Instant.parse("2026-11-21T05:00:00Z"));

    /** Stories of our own, with weekdays whose value depends on tense, names, figures and dates. */
    private static final List<String> STORIES = List.of(
            "The harbour authority said Friday that Ingrid Solberg will run the new ferry terminal in Bergen.\n\n"
                    + "Construction began in March 2021 and cost 40 million kroner.",
            "The council will vote Friday on the budget for the Riverside Library.\n\n"
                    + "Mayor Tomas Berglund said last month that the roof needs repairs before winter.",
            "Farmers near Lyon met Monday with officials of the Ministry of Agriculture.\n\n"
                    + "The drought that began two weeks ago has cut the wheat harvest by a third.",
            "The report is due Friday, and Monday is a public holiday.\n\n"
                    + "Auditors from Deloitte have examined the accounts of the Northern Rail Company since 2019.",
            "Oslo, March 3, 2023 — The Nobel Institute announced that the ceremony will move to December 12.\n\n"
                    + "Director Kari Lunde said the hall had been booked for years.",
            "By Ann Lowe | 5 April 2023\n\nThe striking dockers returned to work yesterday after nine days.\n\n"
                    + "The union, Unite, said talks with the port of Felixstowe will continue next week.",
            "The museum in Gdansk reopened this morning after a renovation that lasted 31 months.\n\n"
                    + "Its curator, Marta Kowalska, said visitors had waited since the summer of 2020.",
            "Researchers at the University of Tartu published the survey on Tuesday.\n\n"
                    + "It found that 12 percent of Estonian lakes warmed during the 1990s.",
            "The airline cancelled 200 flights on Sunday as a storm crossed Ireland.\n\n"
                    + "Ryanair said schedules would return to normal by Wednesday evening.",
            "Die Stadt Hamburg hat am Montag einen neuen Hafenplan vorgestellt.\n\n"
                    + "Bürgermeister Peter Tschentscher sagte, die Arbeiten sollen im Jahr 2025 beginnen.",
            "The orchestra played its last concert of the season on 21 June 2022.\n\n"
                    + "Conductor Esa-Pekka Salonen will return in autumn, the Philharmonia said.",
            "A new bridge over the Danube opened in Budapest a month ago.\n\n"
                    + "Engineers said Thursday that traffic had fallen by a quarter since then.");

    private static EntityRecognizer entities;
    private static ExecutorService pool;

    @BeforeAll
    static void loadSharedModels() {
        entities = new CoreNlpEntityRecognizer();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static ArticleEnricher enricher() {
        return new ArticleEnricher(SharedModels.dates(), SharedModels.publicationRule(), SharedModels.languages(),
                entities, new Fingerprinter(), new LshDuplicateIndex(), SharedModels.DEFAULT_WINDOW,
                SharedModels.UNHEARD);
    }

    /** Every story three times: with a publication date, with another one, without any (the text's byline). */
    private static List<CleanArticle> articles() {
        List<CleanArticle> articles = new ArrayList<>();
        LocalDate[] dates = {LocalDate.of(2023, 4, 5), LocalDate.of(2022, 11, 21), null};
        for (int s = 0; s < STORIES.size(); s++) {
            for (int d = 0; d < dates.length; d++) {
                String text = STORIES.get(s) + "\n\nEdition " + d + ".";
                articles.add(new CleanArticle("story-" + s + "-" + d, SOURCE, null, null, dates[d], text, List.of()));
            }
        }
        return articles;
    }

    /** Runs every task at once on the pool (after a common start) and returns the results in task order. */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    void concurrentArticlesGetExactlyWhatTheyGetOneAtATime() throws Exception {
        List<CleanArticle> articles = articles();
        ArticleEnricher sequential = enricher();
        Map<String, EnrichedArticle> expected = articles.stream().map(sequential::enrich)
                .collect(Collectors.toMap(EnrichedArticle::id, Function.identity()));

        ArticleEnricher concurrent = enricher();
        List<Callable<EnrichedArticle>> tasks = new ArrayList<>();
        // Reverse order too: no result may depend on which articles came before.
        for (int i = articles.size() - 1; i >= 0; i--) {
            CleanArticle article = articles.get(i);
            tasks.add(() -> concurrent.enrich(article));
        }
        List<EnrichedArticle> actual = allAtOnce(tasks);

        assertThat(actual).hasSameSizeAs(articles);
        for (EnrichedArticle enriched : actual) {
            EnrichedArticle one = expected.get(enriched.id());
            assertThat(enriched.publishedAt()).as("publishedAt of %s", enriched.id()).isEqualTo(one.publishedAt());
            assertThat(enriched.dates()).as("dates of %s", enriched.id()).isEqualTo(one.dates());
            assertThat(enriched.entities()).as("entities of %s", enriched.id()).isEqualTo(one.entities());
            assertThat(enriched.language()).as("language of %s", enriched.id()).isEqualTo(one.language());
            assertThat(enriched.contentHash()).isEqualTo(one.contentHash());
            assertThat(enriched.simhash()).isEqualTo(one.simhash());
            assertThat(enriched.minhash()).isEqualTo(one.minhash());
        }
        // The fixtures exercise what they are meant to: tense-resolved weekdays, entities, two languages.
        assertThat(expected.get("story-0-0").dates()).extracting(m -> m.value()).contains("2023-03-31");
        assertThat(expected.get("story-1-0").dates()).extracting(m -> m.value()).contains("2023-04-07");
        assertThat(expected.get("story-0-2").entities()).extracting(m -> m.text()).contains("Ingrid Solberg");
        assertThat(expected.values()).extracting(EnrichedArticle::language).contains("en", "de");
    }

    @Test
    void copiesRegisteredAtOnceGetExactlyOneOriginal() throws Exception {
        ArticleEnricher enricher = enricher();
        String text = STORIES.get(0);
        List<Callable<EnrichedArticle>> tasks = new ArrayList<>();
        for (int i = 0; i < 3 * THREADS; i++) {
            CleanArticle copy = new CleanArticle("copy-" + i, SOURCE, null, null, LocalDate.of(2023, 4, 5), text,
                    List.of());
            tasks.add(() -> enricher.enrich(copy));
        }
        List<EnrichedArticle> copies = allAtOnce(tasks);

        List<EnrichedArticle> originals = copies.stream().filter(c -> c.duplicateOf() == null).toList();
        assertThat(originals).hasSize(1);
        String original = originals.get(0).id();
        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.storyId()).isEqualTo(original);
            assertThat(copy.nearDuplicateOf()).isNull();
            if (!copy.id().equals(original)) {
                assertThat(copy.duplicateOf()).isEqualTo(original);
            }
        });
    }

    @Test
    void editedCopiesRegisteredAtOnceJoinOneStory() throws Exception {
        ArticleEnricher enricher = enricher();
        List<Callable<EnrichedArticle>> tasks = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS; i++) {
            // Each copy differs from the others by its last line only: near duplicates, not exact ones.
            String text = STORIES.get(1) + "\n\nUpdated at " + (10 + i) + ":00 with comments from residents.";
            CleanArticle copy = new CleanArticle("edit-" + i, SOURCE, null, null, null, text, List.of());
            tasks.add(() -> enricher.enrich(copy));
        }
        List<EnrichedArticle> copies = allAtOnce(tasks);

        List<EnrichedArticle> founders = copies.stream().filter(c -> c.nearDuplicateOf() == null).toList();
        assertThat(founders).singleElement().satisfies(f -> assertThat(f.storyId()).isEqualTo(f.id()));
        String story = founders.get(0).id();
        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.storyId()).isEqualTo(story);
            assertThat(copy.duplicateOf()).isNull();
        });
    }
}
