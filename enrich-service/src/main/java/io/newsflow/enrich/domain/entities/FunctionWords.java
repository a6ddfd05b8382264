package io.newsflow.enrich.domain.entities;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Function words (stop words) per language from Lucene's analyzers: the words a name is never made of alone.
 * Languages Lucene has no list for have none here, and nothing is ever a function word of them.
 */
public final class FunctionWords {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}']+");
    private static final Map<String, Supplier<CharArraySet>> LISTS = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::getDefaultStopSet), Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
            Map.entry("ca", CatalanAnalyzer::getDefaultStopSet), Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("da", DanishAnalyzer::getDefaultStopSet), Map.entry("de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("el", GreekAnalyzer::getDefaultStopSet), Map.entry("en", () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
            Map.entry("es", SpanishAnalyzer::getDefaultStopSet), Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet), Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
            Map.entry("it", ItalianAnalyzer::getDefaultStopSet), Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
            Map.entry("no", NorwegianAnalyzer::getDefaultStopSet), Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("ro", RomanianAnalyzer::getDefaultStopSet), Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
            Map.entry("sv", SwedishAnalyzer::getDefaultStopSet), Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));

    /** Whether every word of the text is a function word of the language (an empty text is not). */
    public boolean onlyFunctionWords(String text, String language) {
        Supplier<CharArraySet> list = language == null ? null : LISTS.get(language);
        if (list == null) {
            return false;
        }
        CharArraySet words = list.get();
        boolean any = false;
        for (String word : WORD_SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!words.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether the word is a function word of the language. */
    public boolean isFunctionWord(String word, String language) {
        Supplier<CharArraySet> list = language == null ? null : LISTS.get(language);
        return list != null && list.get().contains(word.toLowerCase(Locale.ROOT));
    }
}
