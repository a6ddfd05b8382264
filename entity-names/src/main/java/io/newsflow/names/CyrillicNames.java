package io.newsflow.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian, Ukrainian and Belarusian names are inflected ("встреча Путина", "с Путиным"); keys need one form per
 * name. Without a dictionary these rules only undo the endings whose reading is safe: the productive surname and
 * given-name paradigms, and otherwise the case endings of a form whose base the same article also uses.
 */
public final class CyrillicNames {

    /** Case endings to try on a given name, longest first; the base plus a nominative ending must be a known name. */
    private static final List<String> GIVEN_NAME_ENDINGS = List.of("ові", "еві", "ом", "ем", "ой", "ей", "ою", "ею",
            "а", "я", "у", "ю", "е", "ы", "и", "і");
    private static final List<String> NOMINATIVE_ENDINGS = List.of("", "й", "ь", "а", "я", "ья");
    private static final Pattern PATRONYMIC = Pattern.compile(
            "\\p{IsCyrillic}{2,}(ович|евич|ьевич|овна|евна|ична|івна|ївна)(а|у|ем|ом|е|ой|ою|ы|і|и|ю|ей)?");
    /** -ский/-ська paradigm of surnames (Зеленський, Тихановская) and places. */
    private static final Pattern SKY_MASCULINE = Pattern.compile("(?<=[сц]ь?к)(ого|ому|им|ім)$");
    /** "о Зеленском" (prepositional) or "с Туском" (instrumental): -ский only when the article has that form. */
    private static final Pattern SKY_OR_INSTRUMENTAL = Pattern.compile("(?<=[сц]ь?к)ом$");
    /** A woman's given name in an oblique case, read only in the given-name position: "Анной", "Анны". */
    private static final Pattern FEMININE_OBLIQUE = Pattern.compile("(?<=[бвгджзклмнпрстфхцчшщ])(ой|ою|ы)$");
    private static final Pattern SKY_FEMININE = Pattern.compile("(?<=[сц]ь?к)(ой|ую|ою|ої|у)$");
    /** -ов/-ев/-ин surnames: Путина, Путину, Путиным; feminine Ивановой. */
    private static final Pattern OV_IN_MASCULINE = Pattern.compile("(?<=(ов|ев|ёв|ин|ын|ів))(а|у|ым|им|е|ого|ому)$");
    private static final Pattern OV_IN_FEMININE = Pattern.compile("(?<=(ов|ев|ёв|ин|ын))(ой|ою|ої|ій)$");
    /** Instrumental and Ukrainian dative endings no nominative of a name has after a consonant. */
    private static final Pattern UNAMBIGUOUS_MASCULINE = Pattern.compile(
            "(?<=[бвгджзклмнпрстфхцчшщ])(ом|ем|ым|ові|еві)$");
    private static final Pattern CASE_ENDING = Pattern.compile("(а|я|у|ю|е|ы|и|і|ой|ей|ом|ем|ою)$");
    /** Inflectional endings stripped from words of place and organization names (Москва, Москвы, Москве). */
    private static final Pattern STEM_ENDING = Pattern.compile(
            "(ого|ому|его|ему|ыми|ими|ой|ою|ую|юю|ая|яя|ое|ее|ые|ие|ий|ый|ей|ої|ій|ами|ями|[аяоеуюыиіїйьє])$");

    private CyrillicNames() {
    }

    public static boolean isCyrillicWord(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** A Cyrillic word with a capital initial ("Минск", "НАТО"). */
    public static boolean isCapitalized(String word) {
        return isCyrillicWord(word) && Character.isUpperCase(word.codePointAt(0));
    }

    public static boolean isPatronymic(String word) {
        return PATRONYMIC.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    /** The nominative of a known given name in any case ("Михаилом" is "Михаил"), or null. */
    public static String givenName(String word) {
        if (NameSkeleton.givenName(skeleton(word)) != null) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : GIVEN_NAME_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 2) {
                String base = word.substring(0, word.length() - ending.length());
                for (String nominative : NOMINATIVE_ENDINGS) {
                    if (NameSkeleton.givenName(skeleton(base + nominative)) != null) {
                        return base + nominative;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The nominative of a surname or other word of a person's name. {@code feminine} when the given name of the
     * mention is a woman's; {@code seen} holds the lower-case words of the article's names, the evidence that a
     * stripped form is the name itself ("Фридмана" when the article also says "Фридман").
     */
    static String personWord(String word, boolean givenPosition, boolean feminine, Set<String> seen) {
        String given = givenName(word);
        if (given != null) {
            return given;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (givenPosition && FEMININE_OBLIQUE.matcher(lower).find()) {
            return replaceEnding(word, FEMININE_OBLIQUE, "а");
        }
        if (SKY_OR_INSTRUMENTAL.matcher(lower).find()) {
            String base = lower.substring(0, lower.length() - 2);
            boolean sky = List.of("ий", "ій", "ого", "ому", "им").stream().anyMatch(e -> seen.contains(base + e));
            return sky ? replaceEnding(word, SKY_OR_INSTRUMENTAL, "ий") : word.substring(0, word.length() - 2);
        }
        if (SKY_MASCULINE.matcher(lower).find()) {
            return replaceEnding(word, SKY_MASCULINE, "ий");
        }
        if (SKY_FEMININE.matcher(lower).find()) {
            return replaceEnding(word, SKY_FEMININE, lower.contains("ськ") ? "а" : "ая");
        }
        if (OV_IN_FEMININE.matcher(lower).find()) {
            return replaceEnding(word, OV_IN_FEMININE, "а");
        }
        if (OV_IN_MASCULINE.matcher(lower).find()) {
            return replaceEnding(word, OV_IN_MASCULINE, feminine ? "а" : "");
        }
        if (UNAMBIGUOUS_MASCULINE.matcher(lower).find()) {
            return replaceEnding(word, UNAMBIGUOUS_MASCULINE, "");
        }
        Matcher ending = CASE_ENDING.matcher(lower);
        if (ending.find() && ending.start() >= 2) {
            String base = lower.substring(0, ending.start());
            for (String nominative : List.of("", "а", "я", "ь", "й")) {
                if (!(base + nominative).equals(lower) && seen.contains(base + nominative)) {
                    return word.substring(0, ending.start()) + nominative;
                }
            }
        }
        return word;
    }

    /** A woman's given name: a known one whose nominative ends in -а or -я, or an unknown one in an oblique case. */
    static boolean isFeminineGivenName(String word) {
        String given = givenName(word);
        String lower = word.toLowerCase(Locale.ROOT);
        // a given name outside the table that ends in -а/-я is read as a woman's in the nominative (Жанна,
        // Ульяна): so her surname keeps its -ова rather than being taken for a man's in the genitive
        return given != null ? given.endsWith("а") || given.endsWith("я")
                : FEMININE_OBLIQUE.matcher(lower).find() || lower.endsWith("а") || lower.endsWith("я");
    }

    /** The word without its inflectional ending, for place and organization names; acronyms stay whole. */
    public static String stem(String word) {
        if (word.length() < 4 || word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        Matcher ending = STEM_ENDING.matcher(word.toLowerCase(Locale.ROOT));
        return ending.find() && ending.start() >= 3 ? word.substring(0, ending.start()) : word;
    }

    private static String replaceEnding(String word, Pattern ending, String replacement) {
        Matcher m = ending.matcher(word.toLowerCase(Locale.ROOT));
        m.find();
        return word.substring(0, m.start()) + replacement;
    }

    private static String skeleton(String word) {
        return NameSkeleton.of(LatinFolding.fold(word).trim());
    }
}
