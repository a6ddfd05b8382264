package io.newsflow.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    /** Resolves the names as if they were the mentions of one article, in this order. */
    private List<EntityMention> article(EntityType type, String... names) {
        List<EntityMention> mentions = new ArrayList<>();
        int offset = 0;
        for (String name : names) {
            mentions.add(new EntityMention(name, offset, offset + name.length(), type, null, null));
            offset += name.length() + 1;
        }
        return resolver.resolve(mentions);
    }

    /** Key of the name when it is the only mention of its article. */
    private String alone(EntityType type, String name) {
        return article(type, name).get(0).key();
    }

    @Test
    void lukashenkoHasOneKeyInEveryTransliterationScriptAndArticle() {
        String key = alone(EntityType.PERSON, "Alexander Lukashenko");
        assertThat(key).isEqualTo("person:lukashenko-alksndr");
        assertThat(alone(EntityType.PERSON, "Oleksandr Lukashenko")).isEqualTo(key);
        assertThat(alone(EntityType.PERSON, "Aleksandr Lukashenko")).isEqualTo(key);
        assertThat(alone(EntityType.PERSON, "Alyaksandr Lukashenka")).isNotEqualTo(key); // surname: -a vs -o
        assertThat(alone(EntityType.PERSON, "Lukashenko's")).isEqualTo("person:lukashenko");
    }

    @Test
    void aBareSurnameAloneInItsArticleIsAnIdentityOfItsOwn() {
        assertThat(alone(EntityType.PERSON, "Lukashenko")).isEqualTo("person:lukashenko")
                .isNotEqualTo(alone(EntityType.PERSON, "Alexander Lukashenko"));
        assertThat(alone(EntityType.PERSON, "A. Lukashenko")).isEqualTo("person:lukashenko");
    }

    @Test
    void namesakesWithDifferentGivenNamesAreDifferentPeopleAcrossArticles() {
        assertThat(alone(EntityType.PERSON, "David Cohen")).isNotEqualTo(alone(EntityType.PERSON, "Noam Cohen"))
                .isNotEqualTo(alone(EntityType.PERSON, "Leonard Cohen"));
        assertThat(alone(EntityType.PERSON, "Tim Cook")).isNotEqualTo(alone(EntityType.PERSON, "James Cook"));
        assertThat(alone(EntityType.PERSON, "Boris Johnson")).isNotEqualTo(alone(EntityType.PERSON, "Magic Johnson"));
        assertThat(alone(EntityType.PERSON, "Ian Cohen")).isNotEqualTo(alone(EntityType.PERSON, "Anna Cohen"));
    }

    @Test
    void transliterationsOfOneGivenNameAreOnePerson() {
        assertThat(alone(EntityType.PERSON, "Sviatlana Tsikhanouskaya"))
                .isEqualTo(alone(EntityType.PERSON, "Svetlana Tsikhanovskaya"))
                .isEqualTo(alone(EntityType.PERSON, "Svitlana Tsikhanovskaya"));
        assertThat(alone(EntityType.PERSON, "Mohammed Salah")).isEqualTo(alone(EntityType.PERSON, "Muhammad Salah"))
                .isEqualTo(alone(EntityType.PERSON, "Mohamed Salah"));
        assertThat(alone(EntityType.PERSON, "Jürgen Kurz")).isEqualTo(alone(EntityType.PERSON, "Juergen Kurz"))
                .isNotEqualTo(alone(EntityType.PERSON, "Sebastian Kurz"));
    }

    @Test
    void cyrillicLukashenkoIsTheSamePersonAndDisplaysInLatin() {
        EntityMention surname = article(EntityType.PERSON, "Лукашенко").get(0);
        EntityMention full = article(EntityType.PERSON, "Александр Лукашенко").get(0);
        assertThat(surname.key()).isEqualTo("person:lukashenko");
        assertThat(full.key()).isEqualTo("person:lukashenko-alksndr");
        assertThat(full.canonical()).isEqualTo("Aleksandr Lukashenko");
    }

    @Test
    void canonicalIsTheMostCompleteLatinSpellingOfTheArticle() {
        List<EntityMention> resolved = article(EntityType.PERSON, "Лукашенко", "Lukashenko", "Alexander Lukashenko",
                "Lukashenko");
        assertThat(resolved).extracting(EntityMention::canonical).containsOnly("Alexander Lukashenko");
        assertThat(resolved).extracting(EntityMention::key).containsOnly("person:lukashenko-alksndr");
    }

    @Test
    void canonicalDoesNotDependOnMentionOrder() {
        List<EntityMention> one = article(EntityType.PERSON, "Oleksandr Lukashenko", "Aleksandr Lukashenko");
        List<EntityMention> other = article(EntityType.PERSON, "Aleksandr Lukashenko", "Oleksandr Lukashenko");
        assertThat(one.get(0).canonical()).isEqualTo(other.get(0).canonical()).isEqualTo("Aleksandr Lukashenko");
    }

    @Test
    void peopleSharingAGivenNameStayApart() {
        List<EntityMention> resolved = article(EntityType.PERSON, "Alexander Lukashenko", "Alexander Friedman");
        assertThat(resolved.get(0).key()).isNotEqualTo(resolved.get(1).key());
        assertThat(resolved.get(1).canonical()).isEqualTo("Alexander Friedman");
    }

    @Test
    void namesakesInOneArticleAreToldApartByGivenNameAndABareSurnameGoesToTheMostMentioned() {
        List<EntityMention> resolved = article(EntityType.PERSON, "Viktor Lukashenko", "Alexander Lukashenko",
                "Oleksandr Lukashenko", "Lukashenko");
        assertThat(resolved.get(0).key()).isEqualTo("person:lukashenko-vktr");
        assertThat(resolved.get(1).key()).isEqualTo("person:lukashenko-alksndr")
                .isEqualTo(resolved.get(2).key()).isEqualTo(resolved.get(3).key());
    }

    @Test
    void anInitialDoesNotMakeANewNamesake() {
        List<EntityMention> resolved = article(EntityType.PERSON, "Alexander Lukashenko", "A. Lukashenko");
        assertThat(resolved.get(1).key()).isEqualTo(resolved.get(0).key()).isEqualTo("person:lukashenko-alksndr");
        List<EntityMention> namesakes = article(EntityType.PERSON, "Viktor Lukashenko", "Alexander Lukashenko",
                "A. Lukashenko", "V. Lukashenko");
        assertThat(namesakes.get(2).key()).isEqualTo(namesakes.get(1).key());
        assertThat(namesakes.get(3).key()).isEqualTo(namesakes.get(0).key());
    }

    @Test
    void twoInitialsNoFullNameExplainsKeepPeopleApart() {
        assertThat(alone(EntityType.PERSON, "A.J. Green")).isNotEqualTo(alone(EntityType.PERSON, "G.C. Green"))
                .isNotEqualTo(alone(EntityType.PERSON, "Green"))
                .isEqualTo(alone(EntityType.PERSON, "A. J. Green"));
    }

    @Test
    void aFamilyNameFirstOrderIsTheSamePerson() {
        assertThat(alone(EntityType.PERSON, "Lukashenko Alexander")).isEqualTo("person:lukashenko-alksndr");
        assertThat(alone(EntityType.PERSON, "Alexander Grigoryevich Lukashenko"))
                .isEqualTo("person:lukashenko-alksndr");
    }

    @Test
    void frantskevichTransliterationsMerge() {
        assertThat(alone(EntityType.PERSON, "Alexei Frantskevich"))
                .isEqualTo(alone(EntityType.PERSON, "Oleksiy Frantzkevych"));
        assertThat(article(EntityType.PERSON, "Alexei Frantskevich", "Frantzkevych")).extracting(EntityMention::key)
                .containsOnly(alone(EntityType.PERSON, "Alexei Frantskevich"));
    }

    @Test
    void kalinouskiRegimentSpellingsAndUnitWordsMerge() {
        String key = alone(EntityType.ORG, "Kastus Kalinouski Regiment");
        assertThat(alone(EntityType.ORG, "Kastus Kalinovsky Regiment")).isEqualTo(key);
        assertThat(alone(EntityType.ORG, "Kalinowski's battalion")).isEqualTo(key);
        assertThat(alone(EntityType.ORG, "the Kalinovsky regiment")).isEqualTo(key);
        assertThat(alone(EntityType.ORG, "Kastus Kalinouski Battalion")).isEqualTo(key);
    }

    @Test
    void theRegimentsEponymAsAPersonIsADifferentIdentity() {
        assertThat(alone(EntityType.PERSON, "Kalinouski"))
                .isNotEqualTo(alone(EntityType.ORG, "Kastus Kalinouski Regiment"));
    }

    @Test
    void numberedUnitsStayApart() {
        assertThat(alone(EntityType.ORG, "3rd Assault Brigade"))
                .isNotEqualTo(alone(EntityType.ORG, "47th Assault Brigade"));
    }

    @Test
    void britishAndAmericanSpellingsOfAnOrganizationMerge() {
        assertThat(alone(EntityType.ORG, "Belarusian Crisis Centre"))
                .isEqualTo(alone(EntityType.ORG, "Belarusian Crisis Center"))
                .isEqualTo(alone(EntityType.ORG, "the Belarusian Crisis Center"));
    }

    @Test
    void organizationsDifferingInAContentWordStayApart() {
        assertThat(alone(EntityType.ORG, "Belarusian Crisis Centre"))
                .isNotEqualTo(alone(EntityType.ORG, "Ukrainian Crisis Centre"));
    }

    @Test
    void donbasAndDonbassMerge() {
        assertThat(alone(EntityType.LOC, "Donbas")).isEqualTo(alone(EntityType.LOC, "Donbass"))
                .isEqualTo(alone(EntityType.LOC, "the Donbas")).isEqualTo("name:donbas");
    }

    @Test
    void russianDerivedAndUkrainianOrBelarusianSpellingsOfAPlaceMerge() {
        assertThat(alone(EntityType.LOC, "Kiev")).isEqualTo(alone(EntityType.LOC, "Kyiv"))
                .isEqualTo(alone(EntityType.LOC, "Київ")).isEqualTo(alone(EntityType.LOC, "Киев"));
        assertThat(alone(EntityType.LOC, "Kharkov")).isEqualTo(alone(EntityType.LOC, "Kharkiv"));
        assertThat(alone(EntityType.LOC, "Lvov")).isEqualTo(alone(EntityType.LOC, "Lviv"));
        assertThat(alone(EntityType.LOC, "Chernigov")).isEqualTo(alone(EntityType.LOC, "Chernihiv"));
        assertThat(alone(EntityType.LOC, "Grodno")).isEqualTo(alone(EntityType.LOC, "Hrodna"));
        assertThat(alone(EntityType.LOC, "Gomel")).isEqualTo(alone(EntityType.LOC, "Homel"));
    }

    @Test
    void cyrillicNamesOfCountriesAndCitiesFindTheirEnglishExonymsInAnyCase() {
        assertThat(alone(EntityType.LOC, "Москва")).isEqualTo(alone(EntityType.LOC, "Москвы"))
                .isEqualTo(alone(EntityType.LOC, "Moscow"));
        assertThat(alone(EntityType.LOC, "Германии")).isEqualTo(alone(EntityType.LOC, "Germany"));
        assertThat(alone(EntityType.LOC, "Варшаві")).isEqualTo(alone(EntityType.LOC, "Warsaw"));
        assertThat(alone(EntityType.LOC, "Россия")).isEqualTo(alone(EntityType.ORG, "России"))
                .isEqualTo(alone(EntityType.LOC, "Russia"));
        assertThat(alone(EntityType.LOC, "Москва")).isNotEqualTo(alone(EntityType.LOC, "Минск"));
        EntityMention moscow = article(EntityType.LOC, "Москве").get(0);
        assertThat(moscow.canonical()).isEqualTo("Moscow");
        assertThat(moscow.text()).isEqualTo("Москве");
    }

    @Test
    void exonymsAndEndonymsOfAGazetteerPlaceInAnyLanguageShareAKey() {
        String kyiv = alone(EntityType.LOC, "Kyiv");
        for (String name : List.of("Kiev", "Kiew", "Kijów", "Kyjiw", "Київ", "Киев", "Кіеў")) {
            assertThat(alone(EntityType.LOC, name)).as(name).isEqualTo(kyiv);
        }
        assertThat(alone(EntityType.LOC, "Lwów")).isEqualTo(alone(EntityType.LOC, "Lviv"))
                .isEqualTo(alone(EntityType.LOC, "Львов"));
        assertThat(alone(EntityType.LOC, "Charków")).isEqualTo(alone(EntityType.LOC, "Kharkiv"));
        assertThat(alone(EntityType.LOC, "Lviv")).isNotEqualTo(kyiv);
        assertThat(article(EntityType.LOC, "Kijów").get(0).canonical()).isEqualTo("Kyiv");
    }

    @Test
    void gazetteerPlacesAreLoadedWithTheirNames() {
        Gazetteer.Place kyiv = Gazetteer.packaged().places().stream().filter(p -> p.english().equals("Kyiv"))
                .findFirst().orElseThrow();
        assertThat(kyiv.names()).contains("Kiew", "Київ", "Киев");
        assertThat(kyiv.locales()).isGreaterThanOrEqualTo(10);
        assertThat(Gazetteer.packaged().places()).hasSizeGreaterThan(5_000);
    }

    @Test
    void placesThatOnlyShareTheirEndingStayApart() {
        assertThat(alone(EntityType.LOC, "Kharkiv")).isNotEqualTo(alone(EntityType.LOC, "Kyiv"));
        assertThat(alone(EntityType.LOC, "Rostov")).isNotEqualTo(alone(EntityType.LOC, "Lviv"));
        assertThat(alone(EntityType.LOC, "Minsk")).isNotEqualTo(alone(EntityType.LOC, "Pinsk"));
    }

    @Test
    void aNationalityAndItsPeopleShareAKey() {
        assertThat(alone(EntityType.MISC, "Belarusians")).isEqualTo(alone(EntityType.MISC, "Belarusian"))
                .isEqualTo(alone(EntityType.MISC, "Belarussian"));
    }

    @Test
    void diacriticsAndBelarusianLatinFoldToTheSameKey() {
        assertThat(alone(EntityType.PERSON, "Kastuś Kalinoŭski")).isEqualTo(alone(EntityType.PERSON, "Kastus Kalinouski"))
                .isEqualTo(alone(EntityType.PERSON, "Kastus Kalinowski"));
        assertThat(alone(EntityType.PERSON, "Kalinoŭski")).isEqualTo(alone(EntityType.PERSON, "Kalinowski"));
    }

    @Test
    void aBareSurnameTaggedAsAnotherTypeJoinsTheFullNamesPerson() {
        List<EntityMention> mentions = List.of(
                new EntityMention("Alexei Frantskevich", 0, 19, EntityType.PERSON, null, null),
                new EntityMention("Frantskevich", 30, 42, EntityType.ORG, null, null));
        List<EntityMention> resolved = resolver.resolve(mentions);
        assertThat(resolved.get(1).type()).isEqualTo(EntityType.PERSON);
        assertThat(resolved.get(1).key()).isEqualTo(resolved.get(0).key());
        assertThat(resolved.get(1).canonical()).isEqualTo("Alexei Frantskevich");
    }

    @Test
    void aPlaceOrOrganizationTaggedWithAnotherTypeElsewhereKeepsItsIdentity() {
        assertThat(alone(EntityType.ORG, "Kremlin")).isEqualTo(alone(EntityType.LOC, "the Kremlin"));
        assertThat(alone(EntityType.MISC, "Belarusian Crisis Centre"))
                .isEqualTo(alone(EntityType.ORG, "Belarusian Crisis Center"));
    }

    @Test
    void aPersonAndAPlaceWithTheSameNameStayApart() {
        assertThat(alone(EntityType.PERSON, "Jordan")).isNotEqualTo(alone(EntityType.LOC, "Jordan"));
    }

    @Test
    void offsetsAndTextAreKept() {
        EntityMention in = new EntityMention("Donbass", 17, 24, EntityType.LOC, null, null);
        EntityMention out = resolver.resolve(List.of(in)).get(0);
        assertThat(out.text()).isEqualTo("Donbass");
        assertThat(out.start()).isEqualTo(17);
        assertThat(out.end()).isEqualTo(24);
    }

    @Test
    void keyOfAnySpellingFindsTheIdentity() {
        assertThat(resolver.keyOf("Александр Лукашенко", EntityType.PERSON))
                .isEqualTo(resolver.keyOf("Aleksandr Lukashenko", EntityType.PERSON));
    }

    @Test
    void aMentionWithoutTextIsRefusedClearly() {
        assertThatThrownBy(() -> resolver.resolve(List.of(new EntityMention(null, 0, 0, EntityType.ORG, null, null))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("mention text");
    }
}
