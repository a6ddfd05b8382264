package io.newsflow.cleaner.domain.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokensTest {

    @Test
    void splitsLikePythonUnicodeWordRegex() {
        assertThat(WordTokens.of("Don't stop—it's 3.5 km_h, naïve Лукашенко 東京²"))
                .containsExactly("Don", "t", "stop", "it", "s", "3", "5", "km_h", "naïve", "Лукашенко", "東京²");
    }

    @Test
    void combiningMarksSplitTokensAsInPython() {
        // "e" + U+0301 COMBINING ACUTE: Python's \w does not match the mark, Java's Unicode \w would.
        assertThat(WordTokens.of("cafe\u0301 ok")).containsExactly("cafe", "ok");
    }

    @Test
    void countsWhatItWouldSplit() {
        for (String text : new String[] { "", "  ", "Don't stop—it's 3.5 km_h, naïve Лукашенко 東京²", "cafe\u0301 ok",
                "one" }) {
            assertThat(WordTokens.count(text)).as(text).isEqualTo(WordTokens.of(text).size());
        }
        assertThat(WordTokens.count(null)).isZero();
    }
}
