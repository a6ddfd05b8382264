package io.newsflow.enrich.domain.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

/**
 * Finds the {@link Gazetteer}'s places, in any of their names, where the statistical tagger found nothing: names
 * newer than its training data (Kyiv, Kharkiv) and places in languages it has no model for. Conservative, as a
 * gazetteer of 6,000 cities also holds common words (Nice, Split, Reading): a name counts only capitalized as
 * written in the gazetteer, as whole words, not as the first word of a sentence (where every word is capitalized),
 * not made of the language's function words, and of at least {@link #MIN_LENGTH} letters.
 */
public final class PlaceSpotter {

    static final int MIN_LENGTH = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s$");
    /** What ends a sentence before a word, with the quotes and brackets that may stand between. */
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;\\n])[\\s\"'“”«»„(\\[-]*$");

    private final Map<String, List<List<String>>> namesByFirstWord = new HashMap<>();
    private final EntityResolver resolver;
    private final FunctionWords functionWords = new FunctionWords();

    public PlaceSpotter(Gazetteer gazetteer, EntityResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        for (Gazetteer.Place place : gazetteer.places()) {
            for (String name : place.allNames()) {
                List<String> words = words(name);
                if (name.length() >= MIN_LENGTH && !words.isEmpty()
                        && Character.isUpperCase(words.get(0).codePointAt(0))) {
                    namesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
                }
            }
        }
        // longest names first, so "Kuwait City" wins over "Kuwait"
        namesByFirstWord.values().forEach(names -> names.sort(Comparator.comparingInt(List<String>::size).reversed()));
    }

    /**
     * Places in the text outside the spans of {@code found}, as LOC mentions keyed by the resolver.
     *
     * @param language ISO 639-1 code of the text, or null; its function words never make a place
     */
    public List<EntityMention> spot(String text, List<EntityMention> found, String language) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            // a possessive is not part of the name: Kyiv's forces
            int end = POSSESSIVE.matcher(matcher.group()).find() ? matcher.end() - 2 : matcher.end();
            words.add(new int[] {matcher.start(), end});
        }
        List<EntityMention> places = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> candidates = namesByFirstWord.get(word(text, words.get(i)));
            if (candidates == null || startsSentence(text, words.get(i)[0])) {
                continue;
            }
            for (List<String> name : candidates) {
                int last = i + name.size() - 1;
                if (last < words.size() && matches(text, words, i, name)) {
                    int start = words.get(i)[0];
                    int end = words.get(last)[1];
                    String span = text.substring(start, end);
                    if (!overlaps(found, start, end) && !functionWords.onlyFunctionWords(span, language)) {
                        places.add(new EntityMention(span, start, end, EntityType.LOC, null, null));
                        i = last;
                    }
                    break;
                }
            }
        }
        return places.isEmpty() ? places : resolver.resolve(places);
    }

    private static boolean startsSentence(String text, int start) {
        return SENTENCE_START.matcher(text.substring(Math.max(0, start - 8), start)).find();
    }

    /** The words of the name follow one another in the text, separated by white space only. */
    private static boolean matches(String text, List<int[]> words, int first, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            int[] word = words.get(first + k);
            if (!word(text, word).equals(name.get(k))
                    || k > 0 && !text.substring(words.get(first + k - 1)[1], word[0]).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<EntityMention> found, int start, int end) {
        return found.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(name);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
