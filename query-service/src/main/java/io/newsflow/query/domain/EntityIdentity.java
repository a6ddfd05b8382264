package io.newsflow.query.domain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.newsflow.contract.EntityType;

/**
 * One real-world entity across all stored articles.
 *
 * @param key          stable identity key, as on the mentions (a full name's key where surname-only mentions joined it)
 * @param canonical    display name (the one most mentions carry)
 * @param type         entity class (the one most mentions carry)
 * @param spellings    every distinct mention text seen, sorted
 * @param articleCount articles mentioning it, exact duplicates not counted
 * @param keys         every mention key it stands for, when a searched name found it
 * @param score        how well the searched name matched, 0 to 1; null in a listing without one
 * @param matchedBy    spelling, key or fuzzy (see {@link io.newsflow.names.IdentityMatch}); null in a listing without a name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityIdentity(String key, String canonical, EntityType type, List<String> spellings,
        long articleCount, List<String> keys, Double score, String matchedBy) {

    public EntityIdentity {
        spellings = List.copyOf(spellings);
        keys = keys == null ? null : List.copyOf(keys);
    }
}
