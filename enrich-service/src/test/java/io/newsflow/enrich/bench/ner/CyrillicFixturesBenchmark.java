package io.newsflow.enrich.bench.ner;

import java.util.List;
import java.util.Locale;

import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.LabelledFixture;

/**
 * Entity recognition on the hand-labelled Russian, Ukrainian and Belarusian fixtures (no public Cyrillic gold set is
 * reachable from here): exact span and type, per fixture and micro over all. Only {@code cyrillic-final} was never
 * used to change a rule; the others show what the rules reach on text they were fixed on.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -B -q -f enrich-service/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.newsflow.enrich.bench.ner.CyrillicFixturesBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class CyrillicFixturesBenchmark {

    private static final List<String> FIXTURES = List.of("cyrillic-news.gold.txt", "cyrillic-heldout.gold.txt",
            "cyrillic-blind.gold.txt", "cyrillic-unseen.gold.txt", "cyrillic-final.gold.txt");

    private CyrillicFixturesBenchmark() {
    }

    public static void main(String[] args) {
        CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer();
        System.out.printf(Locale.ROOT, "%-28s %5s %5s %9s %7s %7s%n", "fixture", "gold", "pred", "precision",
                "recall", "F1");
        LabelledFixture.Score total = new LabelledFixture.Score(0, 0, 0);
        for (String name : FIXTURES) {
            LabelledFixture fixture = LabelledFixture.load(name);
            LabelledFixture.Score score = fixture.score(recognizer.recognize(fixture.text()));
            print(name, score);
            total = total.plus(score);
        }
        print("micro, all fixtures", total);
    }

    private static void print(String label, LabelledFixture.Score score) {
        System.out.printf(Locale.ROOT, "%-28s %5d %5d %9.3f %7.3f %7.3f%n", label, score.gold(), score.predicted(),
                score.precision(), score.recall(), score.f1());
    }
}
