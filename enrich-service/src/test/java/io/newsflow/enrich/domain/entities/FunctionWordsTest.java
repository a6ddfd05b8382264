package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private final FunctionWords words = new FunctionWords();

    @Test
    void phrasesOfOnlyFunctionWordsAreRecognizedPerLanguage() {
        assertThat(words.onlyFunctionWords("Haben Sie", "de")).isTrue();
        assertThat(words.onlyFunctionWords("Hier", "de")).isTrue();
        assertThat(words.onlyFunctionWords("Elle", "fr")).isTrue();
        assertThat(words.onlyFunctionWords("Они", "ru")).isTrue();
    }

    @Test
    void aNameContainingFunctionWordsIsNotOne() {
        assertThat(words.onlyFunctionWords("Der Spiegel", "de")).isFalse();
        assertThat(words.onlyFunctionWords("Museo del Prado", "es")).isFalse();
        assertThat(words.onlyFunctionWords("Ursula von der Leyen", "de")).isFalse();
    }

    @Test
    void aWordIsOnlyAFunctionWordOfItsOwnLanguage() {
        assertThat(words.onlyFunctionWords("Die", "de")).isTrue();
        assertThat(words.onlyFunctionWords("Die", "fr")).isFalse();
        assertThat(words.onlyFunctionWords("Haben Sie", "xx")).isFalse();
        assertThat(words.onlyFunctionWords("Haben Sie", null)).isFalse();
        assertThat(words.onlyFunctionWords("", "de")).isFalse();
    }
}
