package io.newsflow.enrich.domain.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.newsflow.contract.EntityMention;

/**
 * Sends each article to the NER models of its language: CoreNLP's own German, Spanish and French CRFs where the
 * language has one, the English models for English and for Russian, Ukrainian and Belarusian (which they read
 * romanized), and no CRF at all for other languages, where English models mostly tag capitalized common words.
 * Mentions made only of the language's function words ("Haben Sie", "Hier") are dropped whatever the model, and
 * the gazetteer's places the models missed are added ({@link PlaceSpotter}), also where no model exists.
 *
 * <p>Native models load on the first article of their language (seconds, a few hundred MB of heap each), so a
 * deployment that never sees German never pays for the German model.
 */
public final class LanguageRoutedEntityRecognizer implements EntityRecognizer {

    /** Languages the English models serve: English itself and the Cyrillic languages read through romanization. */
    public static final Set<String> ENGLISH_MODEL_LANGUAGES = Set.of("en", "ru", "uk", "be");

    private final EntityRecognizer english;
    private final Set<String> nativeLanguages;
    private final Function<String, EntityRecognizer> nativeLoader;
    private final Map<String, EntityRecognizer> loaded = new ConcurrentHashMap<>();
    private final FunctionWords functionWords = new FunctionWords();
    private final PlaceSpotter places;

    /**
     * @param english         recognizer for {@link #ENGLISH_MODEL_LANGUAGES} and for texts of unknown language
     * @param nativeLanguages ISO 639-1 codes with a model of their own
     * @param nativeLoader    builds the recognizer of one of those languages; called once per language
     * @param places          adds the gazetteer's places the models missed, in every language
     */
    public LanguageRoutedEntityRecognizer(EntityRecognizer english, Set<String> nativeLanguages,
            Function<String, EntityRecognizer> nativeLoader, PlaceSpotter places) {
        this.english = Objects.requireNonNull(english, "english");
        this.places = Objects.requireNonNull(places, "places");
        this.nativeLanguages = Set.copyOf(nativeLanguages);
        this.nativeLoader = Objects.requireNonNull(nativeLoader, "nativeLoader");
    }

    /** A text of unknown language: the English models, as before languages were routed. */
    @Override
    public List<EntityMention> recognize(String text) {
        return recognize(text, null);
    }

    @Override
    public List<EntityMention> recognize(String text, String language) {
        EntityRecognizer recognizer = recognizerFor(language);
        String filterLanguage = language == null ? "en" : language;
        List<EntityMention> found = recognizer == null ? List.of() : recognizer.recognize(text).stream()
                .filter(m -> !functionWords.onlyFunctionWords(m.text(), filterLanguage))
                .toList();
        List<EntityMention> spotted = places.spot(text, found, filterLanguage);
        if (spotted.isEmpty()) {
            return found;
        }
        List<EntityMention> all = new ArrayList<>(found);
        all.addAll(spotted);
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    /** The recognizer an article in this language gets, or null when no model fits it. */
    EntityRecognizer recognizerFor(String language) {
        if (language == null || ENGLISH_MODEL_LANGUAGES.contains(language)) {
            return english;
        }
        if (nativeLanguages.contains(language)) {
            return loaded.computeIfAbsent(language, nativeLoader);
        }
        return null;
    }
}
