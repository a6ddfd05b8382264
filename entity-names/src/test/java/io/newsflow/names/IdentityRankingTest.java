package io.newsflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityType;

class IdentityRankingTest {

    private final EntityResolver resolver = new EntityResolver();
    private final NameMatcher matcher = new NameMatcher(resolver);
    private final IdentityRanking ranking = new IdentityRanking(matcher);

    private String person(String name) {
        return resolver.keyOf(name, EntityType.PERSON);
    }

    private List<IdentityMatch> rank(String query, Set<String> bySpelling, IdentityRanking.Candidate... candidates) {
        return ranking.rank(matcher.parse(query), bySpelling, List.of(candidates));
    }

    private static IdentityRanking.Candidate whole(String key) {
        return new IdentityRanking.Candidate(key, key, false);
    }

    @Test
    void aSpellingTheDataUsedScoresOneAndRanksFirst() {
        String lukashenko = person("Alexander Lukashenko");
        List<IdentityMatch> ranked = rank("Lukashenka", Set.of(lukashenko), whole(lukashenko));
        assertThat(ranked).containsExactly(new IdentityMatch(lukashenko, 1.0, IdentityMatch.SPELLING));
    }

    @Test
    void anUnseenTransliterationIsAFuzzyMatchBelowOneAndAboveTheThreshold() {
        String kalinouski = person("Kastus Kalinouski");
        IdentityMatch match = rank("Kalinowski", Set.of(), whole(kalinouski)).get(0);
        assertThat(match.matchedBy()).isIn(IdentityMatch.KEY, IdentityMatch.FUZZY);
        assertThat(match.score()).isBetween(0.8, 1.0);
    }

    @Test
    void theQuerysOwnKeyIsMatchedByKey() {
        String kyiv = resolver.keyOf("Kyiv", EntityType.LOC);
        assertThat(rank("Kiev", Set.of(), whole(kyiv)))
                .containsExactly(new IdentityMatch(kyiv, 1.0, IdentityMatch.KEY));
    }

    @Test
    void anotherPersonOfTheSameSurnameIsNotListedForAFullName() {
        String david = person("David Cohen");
        String noam = person("Noam Cohen");
        List<IdentityMatch> ranked = rank("David Cohen", Set.of(), whole(david), whole(noam));
        assertThat(ranked).extracting(IdentityMatch::key).containsExactly(david);
    }

    @Test
    void aNameBegunListsTheNamesItBeginsBelowWholeMatches() {
        List<IdentityMatch> ranked = rank("Kalin", Set.of(),
                new IdentityRanking.Candidate("org:kalinouski-regiment", "Kalinouski Regiment", true));
        assertThat(ranked).hasSize(1);
        assertThat(ranked.get(0).score()).isBetween(IdentityRanking.LISTED, 0.6);
        assertThat(ranked.get(0).matchedBy()).isEqualTo(IdentityMatch.SPELLING);
    }

    @Test
    void aSurnameOnlyKeyJoinsTheOneFullNameOfItsSurnameAndStaysApartWhenThereAreSeveral() {
        Map<String, String> identities = IdentityRanking.identities(
                List.of("person:tikhanovskaya", "person:cohen", "person:cohen-dvd"),
                Map.of("tikhanovskaya", List.of("person:tikhanovskaya-svtln"),
                        "cohen", List.of("person:cohen-dvd", "person:cohen-nm")));
        assertThat(identities).containsEntry("person:tikhanovskaya", "person:tikhanovskaya-svtln")
                .containsEntry("person:cohen", "person:cohen")
                .containsEntry("person:cohen-dvd", "person:cohen-dvd");
    }
}
