package io.newsflow.enrich.domain.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.names.EntityResolver;

/**
 * CoreNLP's NER models trained on a language of their own, as the build unpacks them from the stanford-corenlp
 * model jars (German: CoNLL-2003 German; Spanish: AnCora; French: WikiNER).
 */
public final class NativeNerModels {

    private static final Map<String, String> MODEL_BY_LANGUAGE = Map.of(
            "de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
            "es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz",
            "fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");

    private NativeNerModels() {
    }

    /** Languages a native model exists for. */
    public static Set<String> languages() {
        return MODEL_BY_LANGUAGE.keySet();
    }

    /** Loads the model of one language (seconds; a few hundred MB of heap). */
    public static EntityRecognizer load(String language, EntityResolver resolver) {
        String model = MODEL_BY_LANGUAGE.get(language);
        if (model == null) {
            throw new IllegalArgumentException("no native NER model for language " + language + "; known: "
                    + languages());
        }
        return new CoreNlpEntityRecognizer(List.of(model), resolver);
    }
}
