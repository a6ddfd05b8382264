package io.newsflow.enrich.domain.language;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells the language of a text with lingua, as an ISO 639-1 code, or null when the text is too short or no language
 * is clearly ahead.
 *
 * <p>The candidate set is the languages of Europe's news, all Cyrillic-script ones among them (ru, uk, be, bg, sr, mk,
 * kk), rather than all 75: fewer models to hold, and no exotic false positives on short or mixed text. Low-accuracy
 * mode (trigram models only) keeps memory and start-up small; article bodies are long enough for it, and what is too
 * short for it is answered with null anyway. Models are preloaded in the constructor. Safe for concurrent use.
 */
public final class LanguageIdentifier {

    static final Language[] CANDIDATES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE,
        Language.DUTCH, Language.DANISH, Language.SWEDISH, Language.BOKMAL, Language.FINNISH, Language.ESTONIAN,
        Language.LATVIAN, Language.LITHUANIAN, Language.POLISH, Language.CZECH, Language.SLOVAK, Language.SLOVENE,
        Language.CROATIAN, Language.HUNGARIAN, Language.ROMANIAN, Language.GREEK, Language.TURKISH, Language.ALBANIAN,
        Language.RUSSIAN, Language.UKRAINIAN, Language.BELARUSIAN, Language.BULGARIAN, Language.SERBIAN,
        Language.MACEDONIAN, Language.KAZAKH, Language.GEORGIAN, Language.ARMENIAN,
    };

    private final LanguageDetector detector;
    private final int minLetters;
    private final int maxChars;
    private final double minMargin;

    /**
     * @param minLetters    fewer letters than this give null
     * @param maxChars      only the start of longer texts is read: a few thousand characters decide as well as all
     * @param minMargin  how far (0..1) the runner-up's relative confidence must stay below the best one's (lingua
     *                   scores the best language 1.0), else null: close scores mean lingua is guessing
     */
    public LanguageIdentifier(int minLetters, int maxChars, double minMargin) {
        this.minLetters = minLetters;
        this.maxChars = maxChars;
        this.minMargin = minMargin;
        detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    /** ISO 639-1 code of the text's language, or null when it cannot be told reliably. */
    public String identify(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > maxChars ? text.substring(0, maxChars) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < minLetters) {
            return null;
        }
        Iterator<Map.Entry<Language, Double>> ranked =
                detector.computeLanguageConfidenceValues(sample).entrySet().iterator();
        if (!ranked.hasNext()) {
            return null;
        }
        Map.Entry<Language, Double> best = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0;
        if (best.getKey() == Language.UNKNOWN || best.getValue() - runnerUp < minMargin) {
            return null;
        }
        return best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
