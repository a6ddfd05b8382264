package io.newsflow.cleaner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.RemovedBlock;

class ExtractionQualityTest {

    private static final List<RemovedBlock> MENU = List.of(new RemovedBlock("Home News Sport Weather", "navigation"));

    @Test
    void noMainTextIsAFailedExtractionWithConfidenceZero() {
        assertThat(ExtractionQuality.of(List.of(), MENU)).isEqualTo(new ExtractionQuality(0, "empty-main-text"));
        assertThat(ExtractionQuality.of(List.of(" ", "—"), List.of()).failure()).isEqualTo("empty-main-text");
    }

    @Test
    void fewerWordsThanTheBoundIsTooShortAndTheBoundItselfIsNot() {
        ExtractionQuality prompt = ExtractionQuality.of(List.of("Please enable JavaScript to read this story."), MENU);
        assertThat(prompt).isEqualTo(new ExtractionQuality(0, "too-short"));
        assertThat(prompt.failed()).isTrue();

        ExtractionQuality tenWords = ExtractionQuality.of(List.of(words(ExtractionQuality.MIN_MAIN_TEXT_WORDS)), MENU);
        assertThat(tenWords.failed()).isFalse();
        assertThat(tenWords.confidence()).isGreaterThan(0);
    }

    @Test
    void aFullLengthArticleThatIsMostOfItsPageIsFullyTrusted() {
        assertThat(ExtractionQuality.of(List.of(words(200), words(200)), MENU)).isEqualTo(new ExtractionQuality(1, null));
    }

    @Test
    void confidenceGrowsWithLengthAndWithTheShareOfThePageKept() {
        double short40 = ExtractionQuality.of(List.of(words(40)), MENU).confidence();
        double long120 = ExtractionQuality.of(List.of(words(120)), MENU).confidence();
        List<RemovedBlock> longComments = List.of(new RemovedBlock(words(3000), "comments"));
        double fragment = ExtractionQuality.of(List.of(words(200)), longComments).confidence();

        assertThat(short40).isLessThan(long120);
        assertThat(long120).isLessThan(1);
        // a full-length text that is a small part of its page loses half at most: length weighs more than share
        assertThat(fragment).isBetween(0.5, 0.75);
    }

    private static String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("word").append(i);
        }
        return text.toString();
    }
}
