package io.newsflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityType;

class NameMatcherTest {

    private final EntityResolver resolver = new EntityResolver();
    private final NameMatcher matcher = new NameMatcher(resolver);

    private String person(String name) {
        return resolver.keyOf(name, EntityType.PERSON);
    }

    private String place(String name) {
        return resolver.keyOf(name, EntityType.LOC);
    }

    private double score(String query, String storedKey) {
        return matcher.score(matcher.parse(query), storedKey);
    }

    @Test
    void theQuerysOwnKeyScoresOne() {
        assertThat(score("Oleksandr Lukashenko", person("Alexander Lukashenko"))).isEqualTo(1.0);
        assertThat(score("Лукашенко", person("Lukashenko"))).isEqualTo(1.0);
        assertThat(score("Kiev", place("Kyiv"))).isEqualTo(1.0);
    }

    @Test
    void aBelarusianSurnameFindsTheRussianFormOfThePerson() {
        assertThat(score("Alyaksandr Lukashenka", person("Alexander Lukashenko"))).isGreaterThan(0.9);
        assertThat(score("Lukashenka", person("Alexander Lukashenko"))).isGreaterThan(0.85);
        assertThat(score("Лукашэнка", person("Alexander Lukashenko"))).isGreaterThan(0.85);
    }

    @Test
    void transliterationsOfOneSurnameScoreHighAndDifferentSurnamesLow() {
        assertThat(score("Sviatlana Tsikhanouskaya", person("Svetlana Tikhanovskaya"))).isGreaterThan(0.8);
        assertThat(score("Kalinowski", person("Kastus Kalinouski"))).isGreaterThan(0.85);
        assertThat(score("Lukashenko", person("Alexander Friedman"))).isLessThan(0.5);
        assertThat(score("Minsk", place("Pinsk"))).isLessThan(0.8);
    }

    @Test
    void aDifferentGivenNameIsAnotherPersonAndRanksLow() {
        String noam = person("Noam Cohen");
        assertThat(score("David Cohen", noam)).isLessThan(0.5);
        assertThat(score("Cohen", noam)).isGreaterThan(0.85);
        assertThat(score("Noam Kohen", noam)).isGreaterThan(0.9);
    }

    @Test
    void aPersonQueryDoesNotMatchAPlaceWithTheSameLetters() {
        assertThat(score("Jordan", place("Jordan"))).isEqualTo(1.0);
        assertThat(score("Michael Jordan", place("Jordan"))).isLessThan(0.8);
    }

    @Test
    void theFuzzyFormLeavesOutVowelsAndH() {
        assertThat(NameMatcher.fuzzyForm(person("Lukashenka"))).isEqualTo(NameMatcher.fuzzyForm(person("Lukashenko")))
                .isEqualTo("person:lksnk");
        assertThat(NameMatcher.fuzzyForm(person("Alexander Lukashenko"))).isEqualTo("person:lksnk");
        assertThat(NameMatcher.surnameOf(person("Alexander Lukashenko"))).isEqualTo("lukashenko");
        assertThat(NameMatcher.surnameOf(place("Kyiv"))).isNull();
    }

    @Test
    void anAffricateWrittenAsItsStopAndAVoicedSibilantCostHalfAnEdit() {
        assertThat(SkeletonDistance.between("tsnvsk", "tnvsk")).isEqualTo(0.5);
        assertThat(SkeletonDistance.between("dzmtr", "dmtr")).isEqualTo(0.5);
        assertThat(SkeletonDistance.between("zlnsk", "slnsk")).isEqualTo(0.5);
        assertThat(SkeletonDistance.between("snvsk", "nvsk")).as("an s that follows no stop").isEqualTo(1.0);
        assertThat(score("Svetlana Tikhanovskaya", person("Sviatlana Tsikhanouskaya"))).isGreaterThan(0.9);
    }

    @Test
    void keysAreToldFromNames() {
        assertThat(NameMatcher.looksLikeKey(person("Alexander Lukashenko"))).isTrue();
        assertThat(NameMatcher.looksLikeKey("misc:regatta")).isTrue();
        assertThat(NameMatcher.looksLikeKey("Alexander Lukashenko")).isFalse();
        assertThat(NameMatcher.looksLikeKey("Note: Lukashenko")).isFalse();
    }

    @Test
    void aFirstLetterReplacedCostsDoubleUnlessItIsATransliterationPair() {
        assertThat(SkeletonDistance.between("mnsk", "pnsk")).isEqualTo(2.0);
        assertThat(SkeletonDistance.between("grmv", "hrmv")).isEqualTo(0.5);
        assertThat(score("Pinsk", place("Minsk"))).isLessThan(0.6);
        assertThat(score("Hromava", person("Gromova"))).isGreaterThan(0.8);
    }

    @Test
    void givenNamesOutsideTheTableMatchAsSkeletonsButKeepTheirGender() {
        assertThat(score("Dzianis Bialou", person("Denis Belov"))).isGreaterThan(0.6);
        assertThat(score("Dobromyra Zabila", person("Dobromyr Zabila"))).isLessThan(0.5);
        assertThat(score("Marina Malkovich", person("Miron Malkovich"))).isLessThan(0.5);
    }

    @Test
    void vowelsTellApartSurnamesWhoseConsonantsCollide() {
        assertThat(NameMatcher.fuzzyForm(person("Suhanov"))).isEqualTo(NameMatcher.fuzzyForm(person("Sinovev")));
        assertThat(score("Konstantin Suhanov", person("Konstantin Sinovev"))).isLessThan(0.7)
                .isLessThan(score("Konstantin Sukhanaw", person("Konstantin Suhanov")) - 0.25);
    }
}
