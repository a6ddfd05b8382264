package io.newsflow.contract;

/**
 * A named entity in the article text, resolved to an identity.
 *
 * @param text      the mention as written
 * @param start     offset of its first character in the article text
 * @param end       offset after its last character
 * @param type      entity class
 * @param canonical display name of the identity
 * @param key       stable identity key: the same real-world entity gets the same key in every article,
 *                  whatever the spelling, transliteration or arrival order
 */
public record EntityMention(String text, int start, int end, EntityType type, String canonical, String key) {
}
