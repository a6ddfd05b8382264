package io.newsflow.names.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;

/**
 * The romanization systems a Cyrillic name is written in, per source language: ICU's own transforms (BGN/PCGN per
 * language, ISO 9 as "Cyrillic-Latin") and the rule tables under {@code transliteration/} for systems ICU does not
 * ship (scientific, Polish and German usage for Russian, the Ukrainian national system of 2010, the Belarusian
 * official system of 2007).
 */
final class Romanizations {

    /** One system: its name and how it writes a lower-cased Cyrillic name. */
    record System(String name, Transliterator transliterator) {

        /** The name in this system, each word capitalized as a newspaper would print it. */
        String write(String cyrillic) {
            String latin = transliterator.transliterate(" " + cyrillic.toLowerCase(Locale.ROOT) + " ").strip();
            return Arrays.stream(latin.split(" ")).map(Romanizations::capitalized).collect(Collectors.joining(" "));
        }
    }

    private Romanizations() {
    }

    /** The systems for names of one language ("ru", "uk", "be"), in a fixed order. */
    static List<System> of(String language) {
        Map<String, Transliterator> systems = new LinkedHashMap<>();
        switch (language) {
            case "ru" -> {
                systems.put("BGN/PCGN", Transliterator.getInstance("Russian-Latin/BGN"));
                systems.put("ISO 9", Transliterator.getInstance("Cyrillic-Latin"));
                systems.put("scientific", rules("russian-scientific"));
                systems.put("Polish", rules("russian-polish"));
                systems.put("German", rules("russian-german"));
            }
            case "uk" -> {
                systems.put("BGN/PCGN", Transliterator.getInstance("Ukrainian-Latin/BGN"));
                systems.put("ISO 9", Transliterator.getInstance("Cyrillic-Latin"));
                systems.put("national 2010", rules("ukrainian-national-2010"));
            }
            case "be" -> {
                systems.put("BGN/PCGN", Transliterator.getInstance("Belarusian-Latin/BGN"));
                systems.put("ISO 9", Transliterator.getInstance("Cyrillic-Latin"));
                systems.put("official 2007", rules("belarusian-official-2007"));
            }
            default -> throw new IllegalArgumentException("no romanizations for language " + language);
        }
        return systems.entrySet().stream().map(e -> new System(e.getKey(), e.getValue())).toList();
    }

    private static Transliterator rules(String table) {
        String file = "transliteration/" + table + ".rules";
        try (InputStream in = Romanizations.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the test class path");
            }
            String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Transliterator.createFromRules(table, rules, Transliterator.FORWARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalized(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }
}
