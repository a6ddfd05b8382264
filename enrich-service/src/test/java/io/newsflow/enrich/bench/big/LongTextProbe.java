package io.newsflow.enrich.bench.big;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.language.LanguageIdentifier;
import io.newsflow.enrich.testing.LongArticles;
import io.newsflow.enrich.testing.SharedModels;

/**
 * Time and allocation of each enrichment step on texts of growing length, to see how a big drop scales, then of the
 * whole stage on a 5 MB drop ({@code -Dprobe.drop.chars}) with the default NLP window. Run:
 * {@code mvn -B -q -f enrich-service/pom.xml test-compile exec:java@probe-long-text [-Dprobe.sizes=20000,100000]}.
 */
public final class LongTextProbe {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        TemporalExpressionExtractor dates = new TemporalExpressionExtractor();
        CoreNlpEntityRecognizer entities = new CoreNlpEntityRecognizer();
        LanguageIdentifier languages = new LanguageIdentifier(20, 3000, 0.1);
        Fingerprinter fingerprinter = new Fingerprinter();
        // Warm-up, so the first size does not pay for class loading.
        String warm = LongArticles.text(5_000, 0);
        dates.extract(warm, null);
        entities.recognize(warm);
        for (String size : System.getProperty("probe.sizes", "5000,50000,200000,800000").split(",")) {
            String text = LongArticles.text(Integer.parseInt(size.strip()), 7);
            System.out.printf("%,10d chars%n", text.length());
            measure("dates", () -> dates.extract(text, null));
            measure("entities", () -> entities.recognize(text));
            measure("language", () -> List.of(String.valueOf(languages.identify(text))));
            measure("fingerprint", () -> List.of(fingerprinter.apply(text)));
        }
        // The whole stage on a drop of ingest's size, with the default NLP window.
        String drop = LongArticles.text(Integer.getInteger("probe.drop.chars", 5_000_000), 9);
        ArticleEnricher enricher = new ArticleEnricher(dates, new PublicationDateRule(dates, 3, 160, 40), languages,
                entities, fingerprinter, new LshDuplicateIndex(), SharedModels.DEFAULT_WINDOW, (id, analysed, total) ->
                        System.out.printf("enrich, %,d chars: dates and entities from the first %,d%n", total,
                                analysed));
        measure("enrich", () -> {
            EnrichedArticle enriched = enricher.enrich(new CleanArticle("probe", new Source("probe.txt", "probe.txt",
                    drop.length(), "0".repeat(64), "UTF-8", "text/plain", Instant.now()), null, null, null, drop,
                    List.of()));
            return Stream.concat(enriched.dates().stream(), enriched.entities().stream()).toList();
        });
    }

    private static void measure(String step, Supplier<List<?>> work) {
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        int results = work.get().size();
        System.out.printf("    %-12s %8d ms %,8d MB allocated  %,7d results  heap used now %,d MB%n", step,
                (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadAllocatedBytes() - allocated) >> 20,
                results, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
