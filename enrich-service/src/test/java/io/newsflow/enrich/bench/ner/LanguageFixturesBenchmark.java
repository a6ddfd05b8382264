package io.newsflow.enrich.bench.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsflow.contract.EntityMention;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.domain.entities.FunctionWords;
import io.newsflow.enrich.domain.entities.LabelledFixture;
import io.newsflow.enrich.domain.entities.LanguageRoutedEntityRecognizer;
import io.newsflow.enrich.domain.entities.NativeNerModels;
import io.newsflow.enrich.domain.entities.PlaceSpotter;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

/**
 * Entities per language on news sentences written for this project ({@code src/test/resources/entities/<lang>-
 * news.gold.txt}): exact span and type, and the junk rate, the share of mentions that start or end with a function
 * word of the language (Lucene's stop words; "Haben Sie", "Hier"). Two rows per language: the English models on every text
 * (what the service did before), and the models the service now routes the language to.
 *
 * <p>Run from the project root (about 1 minute, 3 GB heap: it loads every model):
 * <pre>
 * MAVEN_OPTS=-Xmx3g mvn -B -q -f enrich-service/pom.xml test-compile exec:java@bench-language-entities
 * </pre>
 */
public final class LanguageFixturesBenchmark {

    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "pl");

    private LanguageFixturesBenchmark() {
    }

    public static void main(String[] args) {
        EntityResolver resolver = new EntityResolver();
        CoreNlpEntityRecognizer english = new CoreNlpEntityRecognizer();
        EntityRecognizer routed = new LanguageRoutedEntityRecognizer(english, NativeNerModels.languages(),
                language -> NativeNerModels.load(language, resolver), new PlaceSpotter(Gazetteer.packaged(), resolver));
        FunctionWords functionWords = new FunctionWords();
        long englishHeap = usedHeapMb();
        System.out.printf(Locale.ROOT, "%-4s %-16s %5s %5s %9s %7s %7s %7s%n", "lang", "models", "gold", "pred",
                "precision", "recall", "F1", "junk");
        for (String language : LANGUAGES) {
            LabelledFixture fixture = LabelledFixture.load(language + "-news.gold.txt");
            print(language, "english (before)", fixture, english.recognize(fixture.text()), functionWords);
            print(language, "routed (now)", fixture, routed.recognize(fixture.text(), language), functionWords);
        }
        System.out.printf(Locale.ROOT, "heap in use: %d MB with the English models, %d MB with all models%n",
                englishHeap, usedHeapMb());
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static void print(String language, String label, LabelledFixture fixture, List<EntityMention> found,
            FunctionWords functionWords) {
        LabelledFixture.Score score = fixture.score(found);
        List<String> junk = found.stream().map(EntityMention::text)
                .filter(m -> edgeIsFunctionWord(m, language, functionWords)).toList();
        System.out.printf(Locale.ROOT, "%-4s %-16s %5d %5d %9.3f %7.3f %7.3f %6.1f%%%n", language, label,
                score.gold(), score.predicted(), score.precision(), score.recall(), score.f1(),
                found.isEmpty() ? 0.0 : 100.0 * junk.size() / found.size());
        if (Boolean.getBoolean("bench.verbose") && !junk.isEmpty()) {
            System.out.println("     junk: " + junk);
        }
    }

    /**
     * A mention that starts or ends with a function word ("Haben Sie", "Hier"); function words inside a name
     * ("Museo del Prado", "Francisco de Goya") are part of it.
     */
    private static boolean edgeIsFunctionWord(String mention, String language, FunctionWords functionWords) {
        List<String> words = Arrays.stream(mention.split("[^\\p{L}\\p{M}']+"))
                .filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && (functionWords.isFunctionWord(words.get(0), language)
                || functionWords.isFunctionWord(words.get(words.size() - 1), language));
    }
}
