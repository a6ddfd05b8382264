package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;

class CoreNlpEntityRecognizerTest {

    /** The model takes a second and ~100 MB: one instance for the whole test JVM. */
    private static final CoreNlpEntityRecognizer RECOGNIZER = new CoreNlpEntityRecognizer();

    private static String fixture(String name) throws IOException {
        try (InputStream in = CoreNlpEntityRecognizerTest.class.getResourceAsStream("/entities/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, EntityMention> byText(List<EntityMention> mentions) {
        return mentions.stream().collect(Collectors.toMap(EntityMention::text, Function.identity(), (a, b) -> a));
    }

    @Test
    void everyMentionsOffsetsCutExactlyItsTextOutOfTheArticle() throws IOException {
        for (String name : List.of("volunteers-regiment.txt", "volunteers-followup.txt", "two-alexanders.txt")) {
            String text = fixture(name);
            List<EntityMention> mentions = RECOGNIZER.recognize(text);
            assertThat(mentions).isNotEmpty();
            assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
            assertThat(mentions).extracting(EntityMention::start).isSorted();
        }
    }

    @Test
    void findsPeopleOrganizationsAndPlacesWithTheirTypes() throws IOException {
        Map<String, EntityMention> found = byText(RECOGNIZER.recognize(fixture("volunteers-regiment.txt")));
        assertThat(found.get("Alexander Lukashenko").type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get("Alexei Frantskevich").type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get("Lviv").type()).isEqualTo(EntityType.LOC);
        assertThat(found.get("Kyiv").type()).isEqualTo(EntityType.LOC);
        assertThat(found.get("Belarusian Crisis Centre").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aBattalionNamedAfterSomeoneIsTheRegimentNotThePerson() throws IOException {
        Map<String, EntityMention> found = byText(RECOGNIZER.recognize(fixture("volunteers-regiment.txt")));
        EntityMention battalion = found.get("Kalinowski's battalion");
        assertThat(battalion).isNotNull();
        assertThat(battalion.type()).isEqualTo(EntityType.ORG);
        assertThat(battalion.key()).isEqualTo(found.get("Kastus Kalinouski Regiment").key());
        assertThat(battalion.canonical()).isEqualTo("Kastus Kalinouski Regiment");
        assertThat(found.get("Kalinouski").key()).isNotEqualTo(battalion.key());
    }

    @Test
    void theSameEntitiesGetTheSameKeysInTwoArticlesSpelledDifferently() throws IOException {
        List<EntityMention> first = RECOGNIZER.recognize(fixture("volunteers-regiment.txt"));
        List<EntityMention> second = RECOGNIZER.recognize(fixture("volunteers-followup.txt"));
        Map<String, EntityMention> a = byText(first);
        Map<String, EntityMention> b = byText(second);
        assertThat(b.get("Oleksandr Lukashenko").key()).isEqualTo(a.get("Alexander Lukashenko").key());
        assertThat(b.get("Lukashenko").key()).isEqualTo(a.get("Alexander Lukashenko").key());
        assertThat(b.get("Oleksiy Frantzkevych").key()).isEqualTo(a.get("Alexei Frantskevich").key());
        assertThat(b.get("Belarusian Crisis Center").key()).isEqualTo(a.get("Belarusian Crisis Centre").key());
        assertThat(b.get("Donbass").key()).isEqualTo(a.get("Donbas").key());
        assertThat(b.get("Kastus Kalinovsky Regiment").key()).isEqualTo(a.get("Kastus Kalinouski Regiment").key());
        assertThat(b.get("Kalinovsky regiment").key()).isEqualTo(a.get("Kastus Kalinouski Regiment").key());
    }

    @Test
    void twoAlexandersStayTwoPeople() throws IOException {
        Map<String, EntityMention> found = byText(RECOGNIZER.recognize(fixture("two-alexanders.txt")));
        assertThat(found.get("Alexander Friedman").type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get("Alexander Friedman").key()).isNotEqualTo(found.get("Alexander Lukashenko").key());
    }

    @Test
    void aCyrillicNameInEnglishTextGetsTheLatinIdentity() {
        EntityMention mention = RECOGNIZER.recognize("President Лукашенко met reporters in Sochi.").get(0);
        assertThat(mention.text()).isEqualTo("Лукашенко");
        assertThat(mention.type()).isEqualTo(EntityType.PERSON);
        assertThat(mention.canonical()).isEqualTo("Lukashenko");
        assertThat(mention.key()).isEqualTo(new EntityResolver().keyOf("Lukashenko", EntityType.PERSON));
    }

    @Test
    void aLowerCaseUnitWordAfterANameTheModelMissedStillNamesTheUnit() {
        List<EntityMention> mentions = RECOGNIZER.recognize("Officers of the Kalinovsky regiment spoke. The regiment"
                + " commander did not.");
        assertThat(mentions).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Kalinovsky regiment", EntityType.ORG));
    }

    @Test
    void anOrganizationNamedAfterItsNationalityIsOneOrganization() {
        List<EntityMention> mentions = RECOGNIZER.recognize(
                "The exhibition was organised with the head of the Belarusian Crisis Centre in Lviv.");
        assertThat(mentions).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Belarusian Crisis Centre", EntityType.ORG), tuple("Lviv", EntityType.LOC));
    }

    @Test
    void noMentionCrossesAParagraphBreak() {
        String text = "The talks ended in Geneva\n\nNew York officials were not told.";
        List<EntityMention> mentions = RECOGNIZER.recognize(text);
        assertThat(mentions).extracting(EntityMention::text).contains("Geneva", "New York");
        assertThat(mentions).noneMatch(m -> m.text().contains("\n"));
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOneThread() throws Exception {
        String text = fixture("volunteers-regiment.txt") + "\n\n" + fixture("volunteers-followup.txt");
        List<EntityMention> expected = RECOGNIZER.recognize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> results = pool.invokeAll(
                    Collections.nCopies(8, () -> RECOGNIZER.recognize(text)));
            for (Future<List<EntityMention>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyAndEntityFreeTextsGiveNoMentions() {
        assertThat(RECOGNIZER.recognize("")).isEmpty();
        assertThat(RECOGNIZER.recognize("  \n\n ")).isEmpty();
        assertThat(RECOGNIZER.recognize("it rained all day and nobody came.")).isEmpty();
    }

    @Test
    void nullTextIsRefusedClearly() {
        assertThatThrownBy(() -> RECOGNIZER.recognize(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void aMissingModelIsAClearError() {
        assertThatThrownBy(() -> new CoreNlpEntityRecognizer(List.of("no/such/model.ser.gz"), new EntityResolver()))
                .hasMessageContaining("no/such/model.ser.gz");
    }
}
