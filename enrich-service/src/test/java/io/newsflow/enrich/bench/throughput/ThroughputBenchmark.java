package io.newsflow.enrich.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;


import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.bench.GroundTruthBodies;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.domain.language.LanguageIdentifier;

/**
 * Throughput of the enrich stage's facade on the 181 article bodies of the extraction benchmark, on one thread, with
 * the service's default settings. Prints model load times, articles/s over all bodies after a short warm-up, and
 * the time each part took on the same bodies. Besides wall-clock figures it prints CPU-time ones: on a shared
 * machine the wall clock measures the neighbours too, the thread's CPU time measures this code.
 *
 * <p>Run from the project root: {@code mvn -B -q -f enrich-service/pom.xml test-compile exec:java@bench-throughput}.
 * Data: {@code ../shared/benchmarks/article-extraction/ground-truth.json}, or the directory in system property
 * {@code newsflow.bench.extraction}.
 */
public final class ThroughputBenchmark {

    private static final int WARM_UP_ARTICLES = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getProperty("newsflow.bench.extraction", "../shared/benchmarks/article-extraction"));
        Path groundTruth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(groundTruth)) {
            System.out.println("benchmark data not found at " + groundTruth.toAbsolutePath() + ": skipped");
            return;
        }
        List<CleanArticle> articles = load(groundTruth);

        long start = System.nanoTime();
        TemporalExpressionExtractor dates = new TemporalExpressionExtractor();
        long datesLoad = millisSince(start);
        start = System.nanoTime();
        LanguageIdentifier languages = new LanguageIdentifier(20, 3000, 0.1);
        long languagesLoad = millisSince(start);
        start = System.nanoTime();
        EntityRecognizer entities = new CoreNlpEntityRecognizer();
        long entitiesLoad = millisSince(start);
        Function<String, Fingerprint> fingerprinter = new Fingerprinter();
        PublicationDateRule publication = new PublicationDateRule(dates, 3, 160, 40);

        System.out.printf(Locale.ROOT, "enrich throughput benchmark: %d article bodies from %s%n", articles.size(),
                groundTruth);
        System.out.printf(Locale.ROOT, "parts: entities=%s, fingerprint=%s, duplicates=%s%n",
                entities.getClass().getSimpleName(), fingerprinter.getClass().getSimpleName(),
                LshDuplicateIndex.class.getSimpleName());
        System.out.printf(Locale.ROOT, "model load: SUTime+POS %d ms, lingua %d ms, entities %d ms%n", datesLoad,
                languagesLoad, entitiesLoad);

        ArticleEnricher warmUp = new ArticleEnricher(dates, publication, languages, entities, fingerprinter,
                new LshDuplicateIndex());
        articles.stream().limit(WARM_UP_ARTICLES).forEach(warmUp::enrich);

        DuplicateIndex duplicates = new LshDuplicateIndex();
        ArticleEnricher enricher = new ArticleEnricher(dates, publication, languages, entities, fingerprinter,
                duplicates);
        long chars = 0;
        int dateMentions = 0;
        int entityMentions = 0;
        start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (CleanArticle article : articles) {
            EnrichedArticle enriched = enricher.enrich(article);
            chars += article.text().length();
            dateMentions += enriched.dates().size();
            entityMentions += enriched.entities().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "facade: %d articles (%d chars), %d date mentions, %d entity mentions%n",
                articles.size(), chars, dateMentions, entityMentions);
        System.out.printf(Locale.ROOT, "throughput: %.2f articles/s wall (%.2f s), %.2f articles per CPU-second "
                + "(%.2f s CPU), one thread; load average %.1f on %d cores%n", articles.size() / seconds, seconds,
                articles.size() / cpuSeconds, cpuSeconds, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

        long datesNanos = 0;
        long languageNanos = 0;
        long entitiesNanos = 0;
        long fingerprintNanos = 0;
        for (CleanArticle article : articles) {
            String text = article.text();
            long t = THREADS.getCurrentThreadCpuTime();
            dates.extract(text, publication.publishedAt(null, text));
            datesNanos += THREADS.getCurrentThreadCpuTime() - t;
            t = THREADS.getCurrentThreadCpuTime();
            languages.identify(text);
            languageNanos += THREADS.getCurrentThreadCpuTime() - t;
            t = THREADS.getCurrentThreadCpuTime();
            entities.recognize(text);
            entitiesNanos += THREADS.getCurrentThreadCpuTime() - t;
            t = THREADS.getCurrentThreadCpuTime();
            fingerprinter.apply(text);
            fingerprintNanos += THREADS.getCurrentThreadCpuTime() - t;
        }
        int n = articles.size();
        System.out.printf(Locale.ROOT, "CPU per article: dates %.1f ms, language %.1f ms, entities %.1f ms, "
                + "fingerprint %.1f ms%n", datesNanos / 1e6 / n, languageNanos / 1e6 / n, entitiesNanos / 1e6 / n,
                fingerprintNanos / 1e6 / n);
    }

    /** Bodies as the cleaner would publish them: no stated date, id = the benchmark's page id. */
    private static List<CleanArticle> load(Path groundTruth) throws IOException {
        List<CleanArticle> articles = new ArrayList<>();
        GroundTruthBodies.read(groundTruth).forEach((id, body) -> {
            String name = id + ".html";
            Source source = new Source(name, name, body.length(), HexFormat.of().formatHex(new byte[32]), "UTF-8",
                    "text/html", Instant.EPOCH);
            articles.add(new CleanArticle(id, source, null, null, null, body, List.of()));
        });
        return articles;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
