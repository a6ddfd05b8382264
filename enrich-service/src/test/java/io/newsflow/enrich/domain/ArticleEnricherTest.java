package io.newsflow.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.DateMention;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Source;
import io.newsflow.enrich.testing.CapitalizedPhraseRecognizer;
import io.newsflow.enrich.testing.ExactDuplicateIndex;
import io.newsflow.enrich.testing.HashOnlyFingerprinter;
import io.newsflow.enrich.testing.SharedModels;

class ArticleEnricherTest {

    private static final Source SOURCE = new Source("ferry.txt", "ferry.txt", 420, "a".repeat(64), "UTF-8",
            "text/plain", Instant.parse("2026-11-21T05:00:00Z"));
    private static final String TEXT = "The ferry operator said Friday that Maria Lindqvist will lead the company.\n\n"
            + "The previous chief resigned last month after 12 years in the post.";

    private final ArticleEnricher enricher = new ArticleEnricher(SharedModels.dates(),
            SharedModels.publicationRule(), SharedModels.languages(), new CapitalizedPhraseRecognizer(),
            new HashOnlyFingerprinter(), new ExactDuplicateIndex(), SharedModels.DEFAULT_WINDOW, SharedModels.UNHEARD);

    private static CleanArticle article(String id, LocalDate publishedAt, String text) {
        return new CleanArticle(id, SOURCE, "New chief for the ferry line", "Ann Lowe", publishedAt, text,
                List.of(new RemovedBlock("Subscribe now", "subscription-appeal")));
    }

    @Test
    void carriesTheCleanFieldsAndAddsEveryEnrichment() {
        EnrichedArticle enriched = enricher.enrich(article("ferry-1", LocalDate.of(2023, 4, 5), TEXT));

        assertThat(enriched.id()).isEqualTo("ferry-1");
        assertThat(enriched.source()).isEqualTo(SOURCE);
        assertThat(enriched.title()).isEqualTo("New chief for the ferry line");
        assertThat(enriched.author()).isEqualTo("Ann Lowe");
        assertThat(enriched.publishedAt()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(enriched.text()).isEqualTo(TEXT);
        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Friday", "2023-03-31"),
                org.assertj.core.groups.Tuple.tuple("last month", "2023-03"),
                org.assertj.core.groups.Tuple.tuple("12 years", "P12Y"));
        assertThat(enriched.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo("Maria Lindqvist");
            assertThat(entity.type()).isEqualTo(EntityType.PERSON);
            assertThat(TEXT.substring(entity.start(), entity.end())).isEqualTo("Maria Lindqvist");
        });
        assertThat(enriched.contentHash()).hasSize(64);
        assertThat(enriched.simhash()).hasSize(16);
        assertThat(enriched.minhash()).isNotEmpty();
        assertThat(enriched.duplicateOf()).isNull();
        assertThat(enriched.nearDuplicateOf()).isNull();
        assertThat(enriched.storyId()).isEqualTo("ferry-1");
        assertThat(enriched.removed()).containsExactly(new RemovedBlock("Subscribe now", "subscription-appeal"));
        assertThat(enriched.analysedUpTo()).as("an ordinary article is analysed whole").isNull();
    }

    @Test
    void carriesThePagesModificationDayWithoutTakingItForThePublicationDay() {
        CleanArticle updated = new CleanArticle("ferry-updated", SOURCE, "New chief for the ferry line", "Ann Lowe",
                LocalDate.of(2023, 4, 5), TEXT, List.of(), 0.9, null, LocalDate.of(2023, 4, 7));

        EnrichedArticle enriched = enricher.enrich(updated);

        assertThat(enriched.modifiedAt()).isEqualTo(LocalDate.of(2023, 4, 7));
        assertThat(enriched.publishedAt()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(enricher.enrich(article("ferry-unstated", null, TEXT)).modifiedAt()).isNull();
    }

    @Test
    void withoutAStatedDateTheBylineDateResolvesRelativeExpressions() {
        String text = "By Ann Lowe | 5 April 2023\n\n" + TEXT;
        EnrichedArticle enriched = enricher.enrich(article("ferry-2", null, text));

        assertThat(enriched.publishedAt()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(enriched.dates()).extracting(DateMention::value).contains("2023-04-05", "2023-03-31", "2023-03");
    }

    @Test
    void withoutAnyDateRelativeExpressionsStayUnknown() {
        EnrichedArticle enriched = enricher.enrich(article("ferry-3", null, TEXT));

        assertThat(enriched.publishedAt()).isNull();
        assertThat(enriched.dates()).extracting(DateMention::value).containsExactly("XXXX-WXX-5", "XXXX-XX", "P12Y");
    }

    @Test
    void theDuplicateVerdictOfTheIndexLandsOnTheArticle() {
        enricher.enrich(article("first", LocalDate.of(2023, 4, 5), TEXT));
        EnrichedArticle copy = enricher.enrich(article("copy", LocalDate.of(2023, 4, 5), TEXT));

        assertThat(copy.duplicateOf()).isEqualTo("first");
        assertThat(copy.storyId()).isEqualTo("first");
    }

    @Test
    void anEmptyBodyIsEnrichedWithNothingFound() {
        EnrichedArticle enriched = enricher.enrich(article("empty", null, ""));

        assertThat(enriched.language()).isNull();
        assertThat(enriched.dates()).isEmpty();
        assertThat(enriched.entities()).isEmpty();
        assertThat(enriched.storyId()).isEqualTo("empty");
    }

    @Test
    void missingRemovedBlocksBecomeAnEmptyList() {
        CleanArticle article = new CleanArticle("bare", SOURCE, null, null, null, TEXT, null);
        assertThat(enricher.enrich(article).removed()).isEmpty();
    }

    @Test
    void articlesWithoutIdSourceOrTextAreRefusedWithTheReason() {
        assertThatThrownBy(() -> enricher.enrich(null)).isInstanceOf(InvalidArticleException.class);
        assertThatThrownBy(() -> enricher.enrich(article(null, null, TEXT)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> enricher.enrich(article("has space", null, TEXT)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("has space");
        assertThatThrownBy(() -> enricher.enrich(new CleanArticle("no-source", null, null, null, null, TEXT, null)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> enricher.enrich(article("no-text", null, null)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("text");
    }
}
