package io.newsflow.query.domain;

import java.util.Map;

/**
 * Languages whose words are also indexed stemmed, with their PostgreSQL text-search configuration. The function
 * {@code search_stemmer} behind the generated column {@code article.search_vector} (migration V1) stems exactly
 * these; any other language is matched word for word through the 'simple' configuration.
 */
public final class TextSearchLanguages {

    public static final String SIMPLE = "simple";

    public static final Map<String, String> STEMMED = Map.of(
            "en", "english",
            "ru", "russian",
            "de", "german",
            "fr", "french",
            "es", "spanish",
            "it", "italian",
            "pt", "portuguese",
            "nl", "dutch");

    private TextSearchLanguages() {
    }
}
