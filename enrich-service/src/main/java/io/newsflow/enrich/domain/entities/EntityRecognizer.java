package io.newsflow.enrich.domain.entities;

import java.util.List;

import io.newsflow.contract.EntityMention;

/** Finds named entities in a text and resolves each mention to a stable identity key. */
public interface EntityRecognizer {

    /** Mentions in text order, offsets into {@code text}. */
    List<EntityMention> recognize(String text);

    /**
     * Mentions of a text in a known language (ISO 639-1, null when unknown). A recognizer of one language ignores
     * the hint; {@link LanguageRoutedEntityRecognizer} chooses its models by it.
     */
    default List<EntityMention> recognize(String text, String language) {
        return recognize(text);
    }
}
