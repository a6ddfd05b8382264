package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityType;

class EntityQueryTest {

    private static final EntityQuery.Limits LIMITS = new EntityQuery.Limits(100, 1000);

    @Test
    void typeIsCaseInsensitiveAndLimitIsCapped() {
        EntityQuery query = EntityQuery.parse(" Lukashenko ", "person", "5000", LIMITS);
        assertThat(query).isEqualTo(new EntityQuery("Lukashenko", EntityType.PERSON, 1000));
        assertThat(EntityQuery.parse(null, null, null, LIMITS)).isEqualTo(new EntityQuery(null, null, 100));
    }

    @Test
    void unknownTypeIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> EntityQuery.parse(null, "PLANET", null, LIMITS))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("'type' must be one of PERSON, ORG, LOC, MISC, got 'PLANET'");
    }

    @Test
    void theListingWithoutANameIsFilteredByTypeThenCountedAndLimited() {
        SqlQuery sql = EntitySql.identities(new EntityQuery(null, EntityType.ORG, 50));
        assertThat(sql.sql())
                .contains("JOIN article a ON a.id = m.article_id AND a.duplicate_of IS NULL")
                .contains(" WHERE m.entity_type = ?1")
                .endsWith(" GROUP BY m.entity_key ORDER BY article_count DESC, canonical, m.entity_key LIMIT ?2");
        assertThat(sql.parameters()).containsExactly("ORG", 50);
    }

    @Test
    void identitiesOfSeveralKeysAreCountedTogetherUnderTheirIdentity() {
        SqlQuery sql = EntitySql.identitiesOf(
                java.util.Map.of("person:cohen", "person:cohen-dvd", "person:cohen-dvd", "person:cohen-dvd"), null);
        assertThat(sql.sql()).startsWith("WITH ids(entity_key, identity) AS (VALUES (?1, ?2), (?3, ?4))")
                .contains("FROM ids JOIN entity_mention m ON m.entity_key = ids.entity_key")
                .endsWith(" GROUP BY ids.identity");
        assertThat(sql.parameters()).containsExactly("person:cohen", "person:cohen-dvd", "person:cohen-dvd",
                "person:cohen-dvd");
    }

    @Test
    void aSearchedNameIsBoundedAndFreeOfControlCharacters() {
        assertThatThrownBy(() -> EntityQuery.parse("k".repeat(10_000), null, null, LIMITS))
                .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("'q' is 10000 characters long");
        assertThatThrownBy(() -> EntityQuery.parse("Kal\u001Binouski", null, null, LIMITS))
                .hasMessage("'q' contains a control character");
    }
}
