package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;

/**
 * Russian, Ukrainian and Belarusian articles through the English taggers on romanized tokens, scored against
 * hand-labelled fixtures: {@code [name|TYPE]} marks a gold entity. cyrillic-news was written with the rules;
 * cyrillic-heldout, cyrillic-blind and cyrillic-unseen were each written after the rules of their time (first
 * measured at P 0.80 R 0.80, P 0.62 R 0.67, P 0.65 R 0.68) and the generic gaps they showed were then fixed, so
 * they are no longer blind; cyrillic-final was written last and measured once, with no change to the rules after
 * it. The thresholds are the figures reached, rounded down.
 */
class CyrillicEntityRecognitionTest {

    private static final CoreNlpEntityRecognizer RECOGNIZER = new CoreNlpEntityRecognizer();
    private static final EntityResolver RESOLVER = new EntityResolver();
    /** Exact-match precision and recall (boundaries and type) of the fixture reach the minimums. */
    private static void assertScores(String fixture, double minPrecision, double minRecall) {
        LabelledFixture labelled = LabelledFixture.load(fixture);
        LabelledFixture.Score score = labelled.score(RECOGNIZER.recognize(labelled.text()));
        assertThat(score.precision()).as(fixture + " precision").isGreaterThanOrEqualTo(minPrecision);
        assertThat(score.recall()).as(fixture + " recall").isGreaterThanOrEqualTo(minRecall);
    }

    private static Map<String, EntityMention> byText(List<EntityMention> mentions) {
        return mentions.stream().collect(Collectors.toMap(EntityMention::text, Function.identity(), (a, b) -> a));
    }

    @Test
    void developmentFixtureReachesItsMeasuredPrecisionAndRecall() {
        assertScores("cyrillic-news.gold.txt", 0.94, 0.92);
    }

    @Test
    void laterFixturesReachTheirMeasuredPrecisionAndRecall() {
        assertScores("cyrillic-heldout.gold.txt", 0.85, 0.82);
        assertScores("cyrillic-blind.gold.txt", 0.78, 0.75);
        assertScores("cyrillic-unseen.gold.txt", 0.90, 0.90);
    }

    @Test
    void lastFixtureMeasuredOnceReachesItsFigures() {
        assertScores("cyrillic-final.gold.txt", 0.70, 0.66);
    }

    @Test
    void mentionsKeepOffsetsAndTextOfTheCyrillicOriginal() {
        String text = LabelledFixture.load("cyrillic-news.gold.txt").text();
        List<EntityMention> mentions = RECOGNIZER.recognize(text);
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(mentions).extracting(EntityMention::text).contains("Александр Григорьевич Лукашенко", "Путину");
    }

    @Test
    void cyrillicMentionsShareTheKeysOfTheLatinSpellings() {
        Map<String, EntityMention> found = byText(RECOGNIZER.recognize(LabelledFixture.load("cyrillic-news.gold.txt").text()));
        String lukashenko = RESOLVER.keyOf("Alexander Lukashenko", EntityType.PERSON);
        assertThat(found.get("Лукашенко").key()).isEqualTo(lukashenko)
                .isEqualTo(found.get("Александр Григорьевич Лукашенко").key())
                .isEqualTo(RESOLVER.keyOf("Oleksandr Lukashenko", EntityType.PERSON));
        assertThat(found.get("Александр Фридман").key()).isNotEqualTo(lukashenko)
                .isEqualTo(found.get("Фридман").key());
        String putin = RESOLVER.keyOf("Vladimir Putin", EntityType.PERSON);
        assertThat(List.of("Владимир Путин", "Путину", "Путина")).allSatisfy(
                name -> assertThat(found.get(name).key()).as(name).isEqualTo(putin));
        assertThat(found.get("Путину").canonical()).isEqualTo("Vladimir Putin");
        assertThat(found.get("Зеленського").key()).isEqualTo(found.get("Володимир Зеленський").key())
                .isEqualTo(RESOLVER.keyOf("Volodymyr Zelensky", EntityType.PERSON));
        assertThat(found.get("Київ").key()).isEqualTo(RESOLVER.keyOf("Kyiv", EntityType.LOC));
        assertThat(found.get("Україна").key()).isEqualTo(found.get("України").key())
                .isEqualTo(RESOLVER.keyOf("Ukraine", EntityType.LOC));
        assertThat(found.get("Берлине").key()).isEqualTo(RESOLVER.keyOf("Berlin", EntityType.LOC));
        assertThat(found.get("Москвы").key()).isEqualTo(RESOLVER.keyOf("Москва", EntityType.LOC));
    }

    @Test
    void concurrentCallsOnCyrillicTextGiveTheSameResultAsOneThread() throws Exception {
        String text = LabelledFixture.load("cyrillic-news.gold.txt").text() + "\n\n"
                + LabelledFixture.load("cyrillic-final.gold.txt").text();
        List<EntityMention> expected = RECOGNIZER.recognize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<List<EntityMention>> call = () -> RECOGNIZER.recognize(text);
            for (Future<List<EntityMention>> result : pool.invokeAll(Collections.nCopies(8, call))) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCyrillicSentenceInsideAnEnglishArticleIsTagged() {
        Map<String, EntityMention> found = byText(RECOGNIZER.recognize(
                "The statement was read on state television. Президент Владимир Путин прилетел в Минск."));
        assertThat(found.get("Владимир Путин").type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get("Минск").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void englishArticlesGetTheSameMentionsAsBeforeTheCyrillicPath() {
        List<String> expected = LabelledFixture.resource("english-mentions.tsv").lines().toList();
        List<String> actual = new ArrayList<>();
        for (String name : List.of("two-alexanders.txt", "volunteers-followup.txt", "volunteers-regiment.txt")) {
            for (EntityMention m : RECOGNIZER.recognize(LabelledFixture.resource(name))) {
                actual.add(String.join("\t", name, String.valueOf(m.start()), String.valueOf(m.end()),
                        m.type().name(), m.text(), m.canonical(), m.key()));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}
