package io.newsflow.query.domain;

import java.util.List;

import io.newsflow.contract.EntityType;

/**
 * One real-world entity across all stored articles.
 *
 * @param key          stable identity key, as on every mention
 * @param canonical    display name (the one most mentions carry)
 * @param type         entity class (the one most mentions carry)
 * @param spellings    every distinct mention text seen, sorted
 * @param articleCount articles mentioning it, exact duplicates not counted
 */
public record EntityIdentity(String key, String canonical, EntityType type, List<String> spellings,
        long articleCount) {

    public EntityIdentity {
        spellings = List.copyOf(spellings);
    }
}
