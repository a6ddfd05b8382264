package io.newsflow.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.DateMention;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.Source;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.testing.LongArticles;
import io.newsflow.enrich.testing.SharedModels;

/** A multi-megabyte article is enriched in bounded time: NLP over a prefix, fingerprints over all of it. */
class BigArticleEnrichmentTest {

    private static final int WINDOW = 20_000;

    @Test
    void aFiveMegabyteArticleIsEnrichedWithinThirtySecondsWithMentionsFromTheAnalysedPrefixOnly() {
        String text = LongArticles.text(5_000_000, 11);
        List<int[]> truncations = new ArrayList<>();
        Fingerprinter fingerprinter = new Fingerprinter();
        ArticleEnricher enricher = new ArticleEnricher(SharedModels.dates(), SharedModels.publicationRule(),
                SharedModels.languages(), new CoreNlpEntityRecognizer(), fingerprinter, new LshDuplicateIndex(),
                new AnalysisWindow(WINDOW), (id, analysed, total) -> truncations.add(new int[] { analysed, total }));
        CleanArticle article = new CleanArticle("big-1", new Source("big.txt", "big.txt", text.length(),
                "c".repeat(64), "UTF-8", "text/plain", Instant.parse("2026-11-21T05:00:00Z")), "Harbour budget",
                null, null, text, List.of());

        long start = System.nanoTime();
        EnrichedArticle enriched = enricher.enrich(article);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(truncations).singleElement().satisfies(cut -> {
            assertThat(cut[0]).isBetween(WINDOW / 2, WINDOW);
            assertThat(cut[1]).isEqualTo(text.length());
            assertThat(text.startsWith("\n\n", cut[0])).as("cut at a paragraph break").isTrue();
        });
        int analysed = truncations.get(0)[0];
        assertThat(enriched.analysedUpTo()).as("consumers are told where mentions stop").isEqualTo(analysed);
        assertThat(enriched.text()).isEqualTo(text);
        assertThat(enriched.dates()).isNotEmpty()
                .allSatisfy(date -> assertThat(date.end()).isLessThanOrEqualTo(analysed))
                .allSatisfy(date -> assertThat(text.substring(date.start(), date.end())).isEqualTo(date.text()));
        assertThat(enriched.entities()).isNotEmpty().extracting(EntityMention::end)
                .allSatisfy(end -> assertThat(end).isLessThanOrEqualTo(analysed));
        assertThat(enriched.dates()).extracting(DateMention::text).contains("Tuesday");
        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.contentHash()).isEqualTo(fingerprinter.apply(text).contentHash())
                .isNotEqualTo(fingerprinter.apply(text.substring(0, analysed)).contentHash());
    }
}
