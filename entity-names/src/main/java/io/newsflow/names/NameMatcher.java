package io.newsflow.names;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsflow.contract.EntityType;

/**
 * Finds the stored identities a searched name may mean, in a spelling the data never used. The query is keyed by
 * the {@link EntityResolver} exactly like a mention (romanized, folded, in the nominative, possessive dropped), once
 * as a person and once as another name, since a searcher does not say which. Candidates whose key differs are then
 * compared through their {@link #fuzzyForm fuzzy forms}, which leave out what transliteration systems disagree on.
 *
 * <p>A score ranks candidates for a query; it never merges stored identities. Stateless and thread-safe.
 */
public final class NameMatcher {

    /** A searched name, keyed both ways. */
    public record QueryName(String text, String personKey, String nameKey) {

        /** The person key without a given name: the searcher gave a surname only. */
        public boolean surnameOnly() {
            return givenOf(personKey) == null;
        }
    }

    /** How much a differing given name is worth next to a matching surname: another person, ranked low. */
    private static final double OTHER_GIVEN_NAME = 0.3;
    /** Given-name skeletons at least this similar are read as spellings of one name. */
    private static final double SAME_GIVEN_NAME = 0.6;
    /** The query names a given name, the stored key does not: possibly the same person. */
    private static final double GIVEN_NAME_UNKNOWN = 0.9;

    private static final String VOWEL_OR_GLIDE = "aeiouyj";
    /** A namespace, a colon and no space: how keys are written, and names are not. */
    private static final Pattern KEY_FORM = Pattern.compile("[a-z]+:\\S+");

    private final EntityResolver resolver;

    public NameMatcher(EntityResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver);
    }

    public QueryName parse(String query) {
        String text = query.strip();
        return new QueryName(text, resolver.keyOf(text, EntityType.PERSON), resolver.keyOf(text, EntityType.ORG));
    }

    /**
     * How well a stored identity key matches the query, 0 to 1: 1 for the query's own key; else the
     * {@link #similarity} of their names, for a person weighed by whether the given names agree.
     */
    public double score(QueryName query, String candidateKey) {
        if (candidateKey.equals(query.personKey()) || candidateKey.equals(query.nameKey())) {
            return 1.0;
        }
        if (!isPerson(candidateKey)) {
            return isPerson(query.nameKey()) ? 0 : similarity(query.nameKey(), candidateKey);
        }
        double surname = similarity(query.personKey(), candidateKey);
        String queryGiven = givenOf(query.personKey());
        String candidateGiven = givenOf(candidateKey);
        if (queryGiven == null) {
            // the searcher named no given name: every person of the surname is as likely as another
            return surname;
        }
        if (candidateGiven == null) {
            return surname * GIVEN_NAME_UNKNOWN;
        }
        if (queryGiven.equals(candidateGiven)) {
            return surname;
        }
        if (queryGiven.endsWith("a") != candidateGiven.endsWith("a")) {
            // Alexandra is not Alexander, nor Dobromyra Dobromyr
            return surname * OTHER_GIVEN_NAME;
        }
        // given names outside the group table are compared as skeletons too (Dzianis / Denis, Heorhi / Georgi)
        double given = SkeletonDistance.givenNameSimilarity(fuzzyWord(queryGiven), fuzzyWord(candidateGiven));
        return surname * (given >= SAME_GIVEN_NAME ? given : OTHER_GIVEN_NAME);
    }

    /**
     * The form of a key that the fuzzy index holds: for a person the surname only (given names are compared
     * separately), for other names every word; each word without h, g and the vowels after its first letter, where
     * systems differ most (Lukashenka = Lukashenko, Tsikhanouskaya ~ Tikhanovskaya), a leading vowel as "a",
     * doubled letters single.
     */
    public static String fuzzyForm(String key) {
        int colon = key.indexOf(':');
        String prefix = key.substring(0, colon + 1);
        String name = key.substring(colon + 1);
        if (isPerson(key)) {
            name = surnameOf(key);
        }
        return prefix + Arrays.stream(name.split("-")).map(NameMatcher::fuzzyWord).collect(Collectors.joining("-"));
    }

    /** The fuzzy form without its namespace: what the index compares, persons and other names kept apart. */
    public static String fuzzyName(String key) {
        return nameOf(fuzzyForm(key));
    }

    /** The surname part of a person key, or null for other keys. */
    public static String surnameOf(String key) {
        if (!isPerson(key)) {
            return null;
        }
        String name = key.substring("person:".length());
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** The given-name part of a person key, or null when it has none. */
    static String givenOf(String key) {
        if (!isPerson(key)) {
            return null;
        }
        String name = key.substring("person:".length());
        int dash = name.indexOf('-');
        return dash < 0 ? null : name.substring(dash + 1);
    }

    /** Whether a searched text is written as a key ({@code person:lukashenko-alksndr}) rather than as a name. */
    public static boolean looksLikeKey(String text) {
        return KEY_FORM.matcher(text).matches();
    }

    public static boolean isPerson(String key) {
        return key.startsWith("person:");
    }

    private static String fuzzyWord(String word) {
        if (word.length() <= 2 || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        // a leading vowel is only a vowel: Belarusian akanne (Arlova / Orlova) and iotation (Iakusheva / Akuseva)
        char first = VOWEL_OR_GLIDE.indexOf(word.charAt(0)) >= 0 ? 'a' : word.charAt(0);
        int start = 1;
        while (first == 'a' && start < word.length() && VOWEL_OR_GLIDE.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        // h is kh, h or nothing, and g is the Russian of Ukrainian and Belarusian h (Ignatova / Ihnatava)
        String rest = word.substring(start).replace("h", "").replace("g", "").replaceAll("[aeiou]", "");
        StringBuilder out = new StringBuilder().append(first);
        for (char c : rest.toCharArray()) {
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Similarity of two keys' names (a person's surname, every word of another name): the mean of their fuzzy
     * forms' and their full skeletons' similarity. The fuzzy form alone forgives what transliteration changes but
     * is short enough for different names to collide (Suhanov and Sinovev are both snv); the vowels of the full
     * skeleton tell those apart, while costing a transliteration only a little (Lukashenka / Lukashenko).
     */
    private static double similarity(String firstKey, String secondKey) {
        double fuzzy = SkeletonDistance.similarity(fuzzyName(firstKey), fuzzyName(secondKey));
        double full = SkeletonDistance.similarity(surnameOrName(firstKey), surnameOrName(secondKey));
        return (fuzzy + full) / 2;
    }

    private static String surnameOrName(String key) {
        return isPerson(key) ? surnameOf(key) : nameOf(key);
    }

    private static String nameOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }
}
