package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

class PlaceSpotterTest {

    private static final EntityResolver RESOLVER = new EntityResolver();
    private static final PlaceSpotter SPOTTER = new PlaceSpotter(Gazetteer.packaged(), RESOLVER);

    private static List<String> texts(List<EntityMention> mentions) {
        return mentions.stream().map(EntityMention::text).toList();
    }

    @Test
    void currentNamesTheTaggersPredateAreFoundAsPlacesWithTheirIdentity() {
        String text = "Overnight strikes hit Kyiv and Kharkiv, officials said.";
        List<EntityMention> found = SPOTTER.spot(text, List.of(), "en");
        assertThat(texts(found)).containsExactly("Kyiv", "Kharkiv");
        assertThat(found).allMatch(m -> m.type() == EntityType.LOC);
        assertThat(found.get(0).key()).isEqualTo(RESOLVER.keyOf("Kiev", EntityType.LOC));
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("Kharkiv");
    }

    @Test
    void aPlaceInAnotherLanguageGetsTheIdentityOfItsEnglishName() {
        List<EntityMention> found = SPOTTER.spot("Delegacja przyjechała do miasta Kijów w poniedziałek.", List.of(),
                "pl");
        assertThat(texts(found)).containsExactly("Kijów");
        assertThat(found.get(0).key()).isEqualTo(RESOLVER.keyOf("Kyiv", EntityType.LOC));
        assertThat(found.get(0).canonical()).isEqualTo("Kyiv");
    }

    @Test
    void aPossessiveIsNotPartOfThePlace() {
        String text = "Volunteers joined Kyiv's forces and Kharkiv’s defenders.";
        List<EntityMention> found = SPOTTER.spot(text, List.of(), "en");
        assertThat(texts(found)).containsExactly("Kyiv", "Kharkiv");
    }

    @Test
    void aMultiWordNameIsTakenWholeRatherThanItsFirstWord() {
        assertThat(texts(SPOTTER.spot("The train left for Tel Aviv at noon.", List.of(), "en")))
                .containsExactly("Tel Aviv");
    }

    @Test
    void capitalizedWordsAtTheStartOfASentenceAndLowerCaseWordsAreNotPlaces() {
        assertThat(SPOTTER.spot("Nice weather brought crowds. Reading was popular. \"Police arrived.\"", List.of(),
                "en")).isEmpty();
        assertThat(SPOTTER.spot("the view was nice and the split was even.", List.of(), "en")).isEmpty();
    }

    @Test
    void aSpanTheTaggerAlreadyFoundIsLeftToIt() {
        String text = "He spoke at the Kyiv Security Forum on Monday.";
        EntityMention forum = new EntityMention("Kyiv Security Forum", 15, 34, EntityType.ORG, null, null);
        assertThat(SPOTTER.spot(text, List.of(forum), "en")).isEmpty();
    }

    @Test
    void aWordInsideAnotherWordIsNoPlace() {
        assertThat(SPOTTER.spot("The Kyivan delegation and the Minskers met.", List.of(), "en")).isEmpty();
    }
}
