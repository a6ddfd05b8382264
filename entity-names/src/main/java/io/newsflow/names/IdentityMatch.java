package io.newsflow.names;

/**
 * How a searched name found an identity.
 *
 * @param key       the identity's key
 * @param score     0 to 1, higher is a better match
 * @param matchedBy {@code spelling} (a stored mention text or canonical name, ignoring case), {@code key} (the
 *                  name keyed like a mention gives this key, or a surname query gives one of its people) or
 *                  {@code fuzzy} (a spelling the data never used, by similarity of name skeletons)
 */
public record IdentityMatch(String key, double score, String matchedBy) {

    public static final String SPELLING = "spelling";
    public static final String KEY = "key";
    public static final String FUZZY = "fuzzy";
}
