package io.newsflow.enrich.domain.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.newsflow.enrich.testing.SharedModels;

class PublicationDateRuleTest {

    private final PublicationDateRule rule = SharedModels.publicationRule();

    @Test
    void theCleanersDateWinsOverAnyDateInTheText() {
        String text = "By Ann Lowe | 3 May 2022\n\nThe ferry left at dawn.";
        assertThat(rule.publishedAt(LocalDate.of(2022, 5, 4), text)).isEqualTo(LocalDate.of(2022, 5, 4));
    }

    @Test
    void aBylineLineGivesTheDate() {
        String text = "By Ann Lowe | 3 May 2022\n\nThe ferry left at dawn and reached the island by noon.";
        assertThat(rule.publishedAt(null, text)).isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void aDateWithTimeOfDayInAPostedLineGivesTheDay() {
        String text = "posted 2021-11-05 by Ann Lowe · 5 November 2021 · 10:40\n\nThe ferry left at dawn.";
        assertThat(rule.publishedAt(null, text)).isEqualTo(LocalDate.of(2021, 11, 5));
    }

    @Test
    void aDatelineAtTheStartOfTheFirstParagraphGivesTheDate() {
        String text = "OSLO, March 3, 2023 — The ferry company said it would cancel its winter service after "
                + "storms damaged two piers, leaving island residents to rely on a single helicopter route for "
                + "supplies and medical transport until repairs are finished.";
        assertThat(rule.publishedAt(null, text)).isEqualTo(LocalDate.of(2023, 3, 3));
    }

    @Test
    void aHistoricalDateInsideTheStoryIsNotThePublicationDate() {
        String text = "The ferry company was founded by three fishing families who, on 12 June 1968, bought "
                + "a retired navy boat and began carrying mail between the islands twice a week, a service "
                + "that grew into the region's largest passenger line.";
        assertThat(rule.publishedAt(null, text)).isNull();
    }

    @Test
    void aDatedSentenceInAShortNoticeIsNotTheBylineDate() {
        String text = "Since 1 May 2022, this site shows no advertising.\n\nThe ferry left at dawn and reached the "
                + "island by noon.";
        assertThat(rule.publishedAt(null, text)).isNull();
    }

    @Test
    void noEvidenceNoDate() {
        assertThat(rule.publishedAt(null, "The ferry left last Friday.\n\nIt came back in May.")).isNull();
        assertThat(rule.publishedAt(null, "")).isNull();
        assertThat(rule.publishedAt(null, null)).isNull();
    }
}
