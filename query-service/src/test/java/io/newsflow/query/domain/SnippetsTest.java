package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void shortTextIsKeptOnOneLine() {
        assertThat(Snippets.preview("  First paragraph.\n\nSecond\tone. ", 100))
                .isEqualTo("First paragraph. Second one.");
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String preview = Snippets.preview("The ferry resumed its crossings on Monday after storms.", 30);
        assertThat(preview).isEqualTo("The ferry resumed its…");
        assertThat(preview.length()).isLessThanOrEqualTo(30);
    }

    @Test
    void anOverlongWordIsCutRatherThanDropped() {
        assertThat(Snippets.preview("Pneumonoultramicroscopicsilicovolcanoconiosis is long", 12))
                .isEqualTo("Pneumonoult…");
    }

    @Test
    void nullStaysNull() {
        assertThat(Snippets.preview(null, 10)).isNull();
    }
}
