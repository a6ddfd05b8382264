package io.newsflow.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Source;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.duplicates.SameTopicStories;
import io.newsflow.enrich.testing.CapitalizedPhraseRecognizer;
import io.newsflow.enrich.testing.SharedModels;

/**
 * Pages whose extraction failed, with the stage's real fingerprints and duplicate index: in a measured run, 65 empty
 * extractions shared one content hash and became "exact duplicates" of an unrelated page, and 42 pages one story.
 */
class FailedExtractionEnrichmentTest {

    private final ArticleEnricher enricher = new ArticleEnricher(SharedModels.dates(),
            SharedModels.publicationRule(), SharedModels.languages(), new CapitalizedPhraseRecognizer(),
            new Fingerprinter(), new LshDuplicateIndex(), SharedModels.DEFAULT_WINDOW, SharedModels.UNHEARD);

    private static CleanArticle page(String id, String text, Double confidence, String failure) {
        Source source = new Source(id + ".html", "site/" + id + ".html", 20_000 + id.length(),
                "%064x".formatted(Math.abs((long) id.hashCode())), "UTF-8", "text/html",
                Instant.parse("2026-11-30T08:00:00Z"));
        return new CleanArticle(id, source, "Page " + id, null, null, text,
                List.of(new RemovedBlock("Home News Sport Subscribe", "navigation")), confidence, failure);
    }

    @Test
    void differentPagesThatExtractToNothingAreNoCopiesOfEachOtherAndEachFoundsItsOwnStory() {
        List<CleanArticle> failed = List.of(
                page("gallery", "", 0.0, "empty-main-text"),
                page("video", "", 0.0, "empty-main-text"),
                page("live-blog", "", 0.0, "empty-main-text"),
                page("paywall-1", "Subscribe to read.", 0.0, "too-short"),
                page("paywall-2", "Subscribe to read.", 0.0, "too-short"),
                // from a cleaner that did not yet say so: a blank text is a failed extraction all the same
                page("legacy", "\n\n", null, null));
        List<EnrichedArticle> enriched = new ArrayList<>();
        for (CleanArticle article : failed) {
            enriched.add(enricher.enrich(article));
        }

        assertThat(enriched).allSatisfy(article -> {
            assertThat(article.duplicateOf()).as(article.id()).isNull();
            assertThat(article.nearDuplicateOf()).as(article.id()).isNull();
            assertThat(article.storyId()).isEqualTo(article.id());
        });
        assertThat(enriched.get(0).extractionConfidence()).isZero();
        assertThat(enriched.get(0).extractionFailure()).isEqualTo("empty-main-text");
        assertThat(enriched.get(3).extractionFailure()).isEqualTo("too-short");
        assertThat(enricher.enrich(failed.get(1)).storyId()).as("re-delivered").isEqualTo("video");
    }

    @Test
    void anArticleAfterFailedExtractionsIsNoCopyOfThemAndIdenticalArticlesStillAreCopies() {
        enricher.enrich(page("gallery", "", 0.0, "empty-main-text"));
        enricher.enrich(page("paywall", "Subscribe to read.", 0.0, "too-short"));

        EnrichedArticle original = enricher.enrich(page("original", SameTopicStories.EVACUATION, 0.91, null));
        EnrichedArticle copy = enricher.enrich(page("copy", SameTopicStories.EVACUATION, 0.88, null));
        EnrichedArticle subscribeLine = enricher.enrich(page("short-note", "Subscribe to read.", 0.4, null));

        assertThat(original.duplicateOf()).isNull();
        assertThat(original.storyId()).isEqualTo("original");
        assertThat(original.extractionConfidence()).isEqualTo(0.91);
        assertThat(original.extractionFailure()).isNull();
        assertThat(copy.duplicateOf()).isEqualTo("original");
        assertThat(copy.storyId()).isEqualTo("original");
        assertThat(subscribeLine.duplicateOf()).as("the failed 'paywall' page was never indexed").isNull();
        assertThat(subscribeLine.storyId()).isEqualTo("short-note");
    }
}
