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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.bench.GroundTruthBodies;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.domain.language.LanguageIdentifier;
import io.newsflow.enrich.testing.SharedModels;

/**
 * Throughput of the enrich stage's facade on the 181 article bodies of the extraction benchmark, with the service's
 * default settings: first on one thread, then on N threads sharing one set of models and one duplicate index, as
 * the service's N consumers do. Prints model load times, articles/s over all bodies after a warm-up, the speed-up,
 * whether both runs gave every article the same enrichment, and the time each part took. Besides wall-clock
 * figures it prints CPU-time ones: on a shared machine the wall clock measures the neighbours too, the threads'
 * CPU time measures this code.
 *
 * <p>Run from the project root: {@code mvn -B -q -f enrich-service/pom.xml test-compile exec:java@bench-throughput}.
 * N is the number of available processors, or system property {@code newsflow.bench.threads}. Data:
 * {@code ../shared/benchmarks/article-extraction/ground-truth.json}, or the directory in system property
 * {@code newsflow.bench.extraction}.
 */
public final class ThroughputBenchmark {

    private static final int WARM_UP_ARTICLES = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThroughputBenchmark() {
    }

    /** What one pass over all articles took, and what it produced by article id. */
    private record Pass(double seconds, double cpuSeconds, Map<String, EnrichedArticle> enriched) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("newsflow.bench.extraction", "../shared/benchmarks/article-extraction"));
        Path groundTruth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(groundTruth)) {
            System.out.println("benchmark data not found at " + groundTruth.toAbsolutePath() + ": skipped");
            return;
        }
        int threads = Integer.getInteger("newsflow.bench.threads", Runtime.getRuntime().availableProcessors());
        List<CleanArticle> articles = load(groundTruth);

        long start = System.nanoTime();
        TemporalExpressionExtractor dates = new TemporalExpressionExtractor(threads);
        long datesLoad = millisSince(start);
        start = System.nanoTime();
        LanguageIdentifier languages = new LanguageIdentifier(20, 3000, 0.1);
        long languagesLoad = millisSince(start);
        start = System.nanoTime();
        EntityRecognizer entities = new CoreNlpEntityRecognizer();
        long entitiesLoad = millisSince(start);
        Function<String, Fingerprint> fingerprinter = new Fingerprinter();
        PublicationDateRule publication = new PublicationDateRule(dates, 3, 160, 40);
        Supplier<ArticleEnricher> enrichers = () -> new ArticleEnricher(dates, publication, languages, entities,
                fingerprinter, new LshDuplicateIndex(), SharedModels.DEFAULT_WINDOW, SharedModels.UNHEARD);

        System.out.printf(Locale.ROOT, "enrich throughput benchmark: %d article bodies from %s%n", articles.size(),
                groundTruth);
        System.out.printf(Locale.ROOT, "parts: entities=%s, fingerprint=%s, duplicates=%s%n",
                entities.getClass().getSimpleName(), fingerprinter.getClass().getSimpleName(),
                LshDuplicateIndex.class.getSimpleName());
        System.out.printf(Locale.ROOT, "model load: SUTime+POS %d ms (%d SUTime instances), lingua %d ms, "
                + "entities %d ms%n", datesLoad, threads, languagesLoad, entitiesLoad);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(enrichers.get(), articles.subList(0, WARM_UP_ARTICLES), 1, pool);
            Pass one = run(enrichers.get(), articles, 1, pool);
            report(one, 1, articles);
            run(enrichers.get(), articles.subList(0, Math.min(articles.size(), WARM_UP_ARTICLES * threads)), threads,
                    pool);
            Pass many = run(enrichers.get(), articles, threads, pool);
            report(many, threads, articles);
            long differing = one.enriched().values().stream()
                    .filter(e -> !sameEnrichment(e, many.enriched().get(e.id()))).count();
            System.out.printf(Locale.ROOT, "speed-up with %d threads: %.2fx wall; %d of %d articles enriched "
                    + "differently than on one thread%n", threads, one.seconds() / many.seconds(), differing,
                    articles.size());
        } finally {
            pool.shutdownNow();
        }

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

    /**
     * Enriches the articles on {@code threads} threads of the pool, each taking the next article in order, and
     * sums the CPU time of the calls.
     */
    private static Pass run(ArticleEnricher enricher, List<CleanArticle> articles, int threads, ExecutorService pool)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        List<Callable<Long>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                for (int a = next.getAndIncrement(); a < articles.size(); a = next.getAndIncrement()) {
                    EnrichedArticle result = enricher.enrich(articles.get(a));
                    enriched.put(result.id(), result);
                }
                return THREADS.getCurrentThreadCpuTime() - cpuStart;
            });
        }
        long start = System.nanoTime();
        long cpuNanos = 0;
        for (Future<Long> worker : pool.invokeAll(workers)) {
            cpuNanos += worker.get();
        }
        return new Pass((System.nanoTime() - start) / 1e9, cpuNanos / 1e9, enriched);
    }

    private static void report(Pass pass, int threads, List<CleanArticle> articles) {
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        int dateMentions = pass.enriched().values().stream().mapToInt(e -> e.dates().size()).sum();
        int entityMentions = pass.enriched().values().stream().mapToInt(e -> e.entities().size()).sum();
        System.out.printf(Locale.ROOT, "facade, %d thread(s): %d articles (%d chars), %d date mentions, "
                + "%d entity mentions%n", threads, pass.enriched().size(), chars, dateMentions, entityMentions);
        // CPU over wall time: the cores the threads actually got; below the thread count, neighbours took the rest.
        System.out.printf(Locale.ROOT, "throughput, %d thread(s): %.2f articles/s wall (%.2f s), %.2f articles per "
                + "CPU-second (%.2f s CPU, %.2f cores busy); load average %.1f on %d cores%n", threads,
                articles.size() / pass.seconds(), pass.seconds(), articles.size() / pass.cpuSeconds(),
                pass.cpuSeconds(), pass.cpuSeconds() / pass.seconds(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Same dates, entities, language and signatures (duplicate verdicts may follow the order of arrival). */
    private static boolean sameEnrichment(EnrichedArticle a, EnrichedArticle b) {
        return b != null && Objects.equals(a.publishedAt(), b.publishedAt()) && a.dates().equals(b.dates())
                && a.entities().equals(b.entities()) && Objects.equals(a.language(), b.language())
                && a.contentHash().equals(b.contentHash()) && a.minhash().equals(b.minhash());
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
