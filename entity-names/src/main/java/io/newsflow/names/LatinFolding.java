package io.newsflow.names;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a name in any script into Latin letters with ICU4J transforms. Cyrillic words go through the BGN/PCGN
 * romanization of their language, the system English-language news follows (Лукашенко is Lukashenko, not
 * ISO 9's Lukašenko); the language is told word by word from its letters (і ї є ґ are Ukrainian, ў Belarusian), so
 * one spelling always gives one result, whatever article it comes from. Soft and hard signs and apostrophes inside
 * a Cyrillic word are dropped, as news spellings do (Зеленський is Zelenskyy, not Zelens'kyy).
 */
public final class LatinFolding {

    private static final Pattern CYRILLIC_WORD = Pattern.compile("\\p{IsCyrillic}+(?:[’ʼ']\\p{IsCyrillic}+)*");
    private static final Pattern UKRAINIAN_ONLY = Pattern.compile("[ґҐєЄїЇ]");
    private static final Pattern BELARUSIAN_ONLY = Pattern.compile("[ўЎ]");
    private static final Pattern I_WITH_RUSSIAN_VOWELS = Pattern.compile("(?=.*[іІ])(?=.*[ыЫэЭ]).*");
    private static final Pattern DOTTED_I = Pattern.compile("[іІ]");
    /**
     * An apostrophe inside a word (O'Brien, the Belarusian apostrophe of Hur'yeva) is part of the name; one before a
     * final s is a possessive and stays a word break, which the resolver drops.
     */
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})(?![sS](?!\\p{L}))");

    /** BGN/PCGN marks "тс" as "t·s" to keep it apart from "ц"; in a name key it is noise. */
    private static final String CYRILLIC_RULES = "[ьЬъЪ’ʼ\\u0027] > ; ::%s-Latin/BGN; '·' > ; ::Any-Latin;";

    /**
     * Latin letters of scholarly, ISO 9 and Belarusian romanizations written as English-language news writes them
     * before the rest is stripped of its marks: š č ž ŝ are sh ch zh shch (Šubina is Shubina, not Subina; Fomičev
     * is Fomichev), Belarusian ŭ is the w of BGN (Markaŭ = Markaw), and the primes for soft and hard signs (ʹ ʺ) and
     * the modifier apostrophe (ʼ) are dropped rather than splitting a word (Vasilʹyev is Vasilyev).
     */
    private static final String LATIN_RULES = "::Any-Latin; ::NFD; [\u02B9\u02BA\u02BC] > ;"
            + " s \u030C > sh ; S \u030C > Sh ; c \u030C > ch ; C \u030C > Ch ; z \u030C > zh ; Z \u030C > Zh ;"
            + " s \u0302 > shch ; S \u0302 > Shch ; u \u0306 > w ; U \u0306 > W ; ::NFC; ::Latin-ASCII;";

    /**
     * Compiled transforms per thread: ICU documents transliterators as stateless, but several of its transforms
     * synchronize on shared state inside (ICU-23061), which would serialize concurrent recognize() calls.
     */
    private static final ThreadLocal<Transforms> TRANSFORMS = ThreadLocal.withInitial(Transforms::new);

    private LatinFolding() {
    }

    private static final class Transforms {
        final Transliterator russian = cyrillic("Russian");
        final Transliterator ukrainian = cyrillic("Ukrainian");
        final Transliterator belarusian = cyrillic("Belarusian");
        final Transliterator ascii = Transliterator.createFromRules("Names-ASCII", LATIN_RULES, Transliterator.FORWARD);

        private static Transliterator cyrillic(String language) {
            return Transliterator.createFromRules(language + "-Names", String.format(CYRILLIC_RULES, language),
                    Transliterator.FORWARD);
        }

        Transliterator of(String cyrillicWord) {
            if (BELARUSIAN_ONLY.matcher(cyrillicWord).find()
                    || I_WITH_RUSSIAN_VOWELS.matcher(cyrillicWord).matches()) {
                return belarusian;
            }
            if (UKRAINIAN_ONLY.matcher(cyrillicWord).find() || DOTTED_I.matcher(cyrillicWord).find()) {
                return ukrainian;
            }
            return russian;
        }
    }

    static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Readable Latin form keeping the original capitalization; text outside Cyrillic words is left as it is. */
    public static String toLatin(String s) {
        Matcher words = CYRILLIC_WORD.matcher(s);
        if (!words.find()) {
            return s;
        }
        Transforms transforms = TRANSFORMS.get();
        StringBuilder out = new StringBuilder(s.length() + 8);
        int last = 0;
        do {
            out.append(s, last, words.start());
            out.append(transforms.of(words.group()).transliterate(words.group()));
            last = words.end();
        } while (words.find());
        return out.append(s, last, s.length()).toString();
    }

    /** Lower-case ASCII letters and digits of the name, every other character as a space. */
    static String fold(String s) {
        String joined = INNER_APOSTROPHE.matcher(toLatin(s)).replaceAll("");
        String ascii = TRANSFORMS.get().ascii.transliterate(joined).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
        return out.toString();
    }
}
