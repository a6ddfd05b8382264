package io.newsflow.enrich.domain.entities;

import java.util.List;

import io.newsflow.contract.EntityMention;

/** Finds named entities in a text and resolves each mention to a stable identity key. */
public interface EntityRecognizer {

    /** Mentions in text order, offsets into {@code text}. */
    List<EntityMention> recognize(String text);
}
