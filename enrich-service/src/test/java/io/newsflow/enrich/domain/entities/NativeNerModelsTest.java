package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

/** The German, Spanish and French CoreNLP models, as the build unpacks them, on sentences written for this test. */
class NativeNerModelsTest {

    private final FunctionWords functionWords = new FunctionWords();

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr"})
    void eachNativeModelFindsMostNamesOfItsLanguageAndNoFunctionWords(String language) {
        LabelledFixture fixture = LabelledFixture.load(language + "-news.gold.txt");
        EntityRecognizer recognizer = new LanguageRoutedEntityRecognizer(text -> List.of(),
                NativeNerModels.languages(), code -> NativeNerModels.load(code, new EntityResolver()),
                new PlaceSpotter(Gazetteer.packaged(), new EntityResolver()));

        List<EntityMention> found = recognizer.recognize(fixture.text(), language);

        // the English models score 0.53-0.61 on these sentences (bench-language-entities)
        assertThat(fixture.score(found).f1()).as("F1 on %s", fixture.name()).isGreaterThan(0.65);
        assertThat(found).noneMatch(m -> functionWords.onlyFunctionWords(m.text(), language));
        assertThat(found).allSatisfy(m -> assertThat(m.key()).isNotBlank());
    }

    @Test
    void aLanguageWithoutAModelIsRefused() {
        assertThatThrownBy(() -> NativeNerModels.load("pl", new EntityResolver()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pl");
    }
}
