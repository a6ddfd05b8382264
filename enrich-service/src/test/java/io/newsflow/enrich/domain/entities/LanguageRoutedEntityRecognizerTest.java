package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

class LanguageRoutedEntityRecognizerTest {

    private final List<String> loads = new ArrayList<>();

    /** A recognizer that tags each capitalized word as a person named after the model that found it. */
    private static EntityRecognizer model(String name) {
        return text -> {
            List<EntityMention> found = new ArrayList<>();
            var words = Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)*").matcher(text);
            while (words.find()) {
                found.add(new EntityMention(words.group(), words.start(), words.end(), EntityType.PERSON,
                        words.group(), name + ":" + words.group()));
            }
            return found;
        };
    }

    private final LanguageRoutedEntityRecognizer recognizer = new LanguageRoutedEntityRecognizer(model("english"),
            Set.of("de"), language -> {
                loads.add(language);
                return model(language);
            }, new PlaceSpotter(Gazetteer.packaged(), new EntityResolver()));

    @Test
    void englishAndTheRomanizedCyrillicLanguagesUseTheEnglishModels() {
        for (String language : List.of("en", "ru", "uk", "be")) {
            assertThat(recognizer.recognize("met Anna Kowal", language)).extracting(EntityMention::key)
                    .containsExactly("english:Anna Kowal");
        }
        assertThat(loads).isEmpty();
    }

    @Test
    void unknownLanguageFallsBackToTheEnglishModels() {
        assertThat(recognizer.recognize("met Anna Kowal", null)).extracting(EntityMention::key)
                .containsExactly("english:Anna Kowal");
        assertThat(recognizer.recognize("met Anna Kowal")).extracting(EntityMention::key)
                .containsExactly("english:Anna Kowal");
    }

    @Test
    void aLanguageWithItsOwnModelLoadsItOnceOnFirstUse() {
        assertThat(recognizer.recognize("traf Anna Kowal", "de")).extracting(EntityMention::key)
                .containsExactly("de:Anna Kowal");
        recognizer.recognize("traf Jan Nowak", "de");
        assertThat(loads).containsExactly("de");
    }

    @Test
    void aLanguageWithoutAModelGetsNoEntitiesRatherThanEnglishModelGuesses() {
        assertThat(recognizer.recognize("spotkał Anna Kowal", "pl")).isEmpty();
        assertThat(loads).isEmpty();
    }

    @Test
    void mentionsMadeOnlyOfFunctionWordsOfTheLanguageAreDropped() {
        assertThat(recognizer.recognize("Haben Sie gehört? Hier sprach Der Spiegel mit Anna Kowal.", "de"))
                .extracting(EntityMention::text)
                .containsExactly("Der Spiegel", "Anna Kowal");
    }
}
