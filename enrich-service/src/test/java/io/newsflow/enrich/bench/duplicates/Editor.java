package io.newsflow.enrich.bench.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A copy editor's light touch on a republished story: some words replaced by near-synonyms (or dropped), one
 * sentence dropped, one update sentence added, typographic quotes.
 */
final class Editor {

    static final Set<String> FUNCTION_WORDS = Set.of("that", "this", "with", "from", "have", "were", "been", "their",
            "they", "which", "would", "there", "about", "will", "said", "also", "more", "than", "when", "what", "into",
            "some", "other", "after", "could", "only", "these", "over", "such", "most", "many", "like", "just", "very");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("said", "stated"),
            Map.entry("says", "states"), Map.entry("big", "large"), Map.entry("large", "big"),
            Map.entry("people", "persons"), Map.entry("many", "numerous"), Map.entry("also", "additionally"),
            Map.entry("however", "but"), Map.entry("because", "since"), Map.entry("about", "around"),
            Map.entry("new", "fresh"), Map.entry("show", "indicate"), Map.entry("shows", "indicates"),
            Map.entry("help", "assist"), Map.entry("start", "begin"), Map.entry("started", "began"),
            Map.entry("buy", "purchase"), Map.entry("get", "obtain"), Map.entry("use", "employ"),
            Map.entry("important", "significant"), Map.entry("very", "highly"), Map.entry("often", "frequently"),
            Map.entry("small", "little"), Map.entry("company", "firm"), Map.entry("told", "informed"));

    private static final List<String> UPDATES = List.of(
            "This story has been updated with additional comment.",
            "An earlier version of this article misstated a figure; it has been corrected.",
            "Officials did not immediately respond to a request for comment.",
            "The report was first published by a partner outlet and is republished with permission.");

    /** Replaces about {@code share} of the words, drops one sentence of four or more, adds an update line. */
    static String edit(String text, double share, Random random) {
        List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
        if (sentences.size() >= 4) {
            sentences.remove(1 + random.nextInt(sentences.size() - 2));
        }
        sentences.add(random.nextInt(sentences.size() + 1), UPDATES.get(random.nextInt(UPDATES.size())));
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            for (String word : sentence.split(" ")) {
                if (random.nextDouble() < share) {
                    String lower = word.toLowerCase();
                    String synonym = SYNONYMS.get(lower);
                    if (synonym != null) {
                        out.append(synonym).append(' ');
                    } else if (random.nextBoolean()) {
                        out.append(word).append(" really ");
                    } // else the word is dropped
                } else {
                    out.append(word).append(' ');
                }
            }
        }
        return out.toString().replace(" \"", " \u201C").replace("\" ", "\u201D ").replace("'", "\u2019").strip();
    }

    private Editor() {
    }
}
