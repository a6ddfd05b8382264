package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityType;

/** The document-level pass of {@link CoreNlpEntityRecognizer}, on hand-made tags (no model needed). */
class NamePropagationTest {

    private static final EntityType PER = EntityType.PERSON;
    private static final EntityType ORG = EntityType.ORG;
    private static final EntityType MISC = EntityType.MISC;

    private static List<List<EntityType>> propagate(List<List<String>> sentences, List<List<EntityType>> tags) {
        List<List<EntityType>> mutable = new ArrayList<>();
        tags.forEach(t -> mutable.add(new ArrayList<>(t)));
        CoreNlpEntityRecognizer.propagateNames(sentences, mutable);
        return mutable;
    }

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    @Test
    void aNameTaggedInOneSentenceIsTaggedWhereTheModelMissedIt() {
        List<List<EntityType>> tags = propagate(
                List.of(words("Vadym Kostyuk spoke ."), words("They thanked Vadym Kostyuk later .")),
                List.of(Arrays.asList(PER, PER, null, null), Arrays.asList(null, null, null, null, null, null)));
        assertThat(tags.get(1)).containsExactly(null, null, PER, PER, null, null);
    }

    @Test
    void theTypeGivenMostOftenWins() {
        List<List<EntityType>> tags = propagate(
                List.of(words("at Mariupol Steel ."), words("for Mariupol Steel ."), words("by Mariupol Steel ."),
                        words("of Mariupol Steel .")),
                List.of(Arrays.asList(null, ORG, ORG, null), Arrays.asList(null, ORG, ORG, null),
                        Arrays.asList(null, PER, PER, null), Arrays.asList(null, null, null, null)));
        assertThat(tags.get(3)).containsExactly(null, ORG, ORG, null);
    }

    @Test
    void lowerCaseWordsNationalitiesAndALoneFirstWordAreLeftAlone() {
        List<List<EntityType>> tags = propagate(
                List.of(words("the Kostyuk and French plan ."), words("Kostyuk left ."), words("a kostyuk ."),
                        words("in French .")),
                List.of(Arrays.asList(null, PER, null, MISC, null, null), Arrays.asList(null, null, null),
                        Arrays.asList(null, null, null), Arrays.asList(null, null, null)));
        assertThat(tags.get(1)).containsOnlyNulls();
        assertThat(tags.get(2)).containsOnlyNulls();
        assertThat(tags.get(3)).containsOnlyNulls();
    }

    @Test
    void aNameNextToAnEntityOfItsTypeIsNotGluedToIt() {
        List<List<EntityType>> tags = propagate(
                List.of(words("said Kostyuk ."), words("with Ivan Kostyuk .")),
                List.of(Arrays.asList(null, PER, null), Arrays.asList(null, PER, null, null)));
        assertThat(tags.get(1)).containsExactly(null, PER, null, null);
    }
}
