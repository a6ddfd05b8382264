package io.newsflow.enrich.domain.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a name in any of the scripts news about Eastern Europe arrives in into plain Latin letters: Cyrillic
 * (Russian, Ukrainian, Belarusian) by a BGN/PCGN-style table, Latin diacritics folded away. ICU4J's
 * "Any-Latin; Latin-ASCII" is not on this module's classpath and a table of 40 letters is all names need.
 */
final class LatinFolding {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
            Map.entry('є', "ye"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ў', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ʼ', ""));

    /** Latin letters that NFD does not decompose into a base letter plus a mark. */
    private static final Map<Character, String> LATIN_SPECIAL = Map.of(
            'ł', "l", 'ß', "ss", 'ø', "o", 'đ', "d", 'æ', "ae", 'œ', "oe", 'þ', "th", 'ı', "i");

    private LatinFolding() {
    }

    static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Readable Latin form keeping the original capitalization: "Лукашенко" becomes "Lukashenko". */
    static String toLatin(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = CYRILLIC.get(lower);
            if (mapped == null) {
                out.append(c);
            } else if (c != lower && !mapped.isEmpty()) {
                boolean nextUpper = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
                out.append(nextUpper ? mapped.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1));
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** Lower-case ASCII letters and digits of the name, every other character as a space. */
    static String fold(String s) {
        String latin = toLatin(s).toLowerCase(Locale.ROOT);
        StringBuilder special = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            special.append(LATIN_SPECIAL.getOrDefault(c, String.valueOf(c)));
        }
        String decomposed = Normalizer.normalize(special, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
        return out.toString();
    }
}
