package io.newsflow.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisWindowTest {

    private final AnalysisWindow window = new AnalysisWindow(1_000);

    @Test
    void aTextThatFitsIsReadWhole() {
        String text = "word ".repeat(200);

        assertThat(window.end(text)).isEqualTo(1_000);
        assertThat(window.end("short")).isEqualTo(5);
    }

    @Test
    void aLongTextIsCutAtTheLastParagraphBreakInTheWindow() {
        String text = "a".repeat(700) + "\n\n" + "b".repeat(250) + ". More. " + "c".repeat(2_000);

        assertThat(window.end(text)).isEqualTo(700);
    }

    @Test
    void withoutAParagraphBreakInTheSecondHalfTheCutFollowsASentenceEnd() {
        String text = "a".repeat(100) + "\n\n" + "Some words here. ".repeat(200);

        int end = window.end(text);

        assertThat(end).isLessThanOrEqualTo(1_000).isGreaterThan(980);
        assertThat(text.substring(0, end)).endsWith("here.");
    }

    @Test
    void withoutASentenceEndTheCutFallsOnASpace() {
        String text = "word ".repeat(1_000);

        int end = window.end(text);

        assertThat(end).isEqualTo(999);
        assertThat(text.substring(0, end)).endsWith("word");
    }

    @Test
    void anUnbrokenTokenIsCutAtTheLimitButNeverInsideASurrogatePair() {
        assertThat(window.end("x".repeat(5_000))).isEqualTo(1_000);
        String emoji = "x" + "\uD83D\uDE00".repeat(1_000);
        assertThat(window.end(emoji)).isEqualTo(999);
        assertThat(Character.isHighSurrogate(emoji.charAt(window.end(emoji) - 1))).isFalse();
    }

    @Test
    void aWindowTooSmallForALeadIsRefused() {
        assertThatThrownBy(() -> new AnalysisWindow(999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1000");
    }
}
