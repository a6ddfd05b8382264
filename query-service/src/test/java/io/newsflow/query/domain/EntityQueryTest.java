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
    void identitiesAreFilteredByTypeAndBySubstringOfAnySpellingThenCountedAndLimited() {
        SqlQuery sql = EntitySql.identities(new EntityQuery("kalin", EntityType.ORG, 50));
        assertThat(sql.sql())
                .contains("JOIN article a ON a.id = m.article_id AND a.duplicate_of IS NULL")
                .contains(" AND m.entity_type = ?1 AND m.entity_key IN (SELECT s.entity_key FROM entity_mention s"
                        + " WHERE strpos(lower(s.mention_text), lower(?2)) > 0"
                        + " OR strpos(lower(s.canonical), lower(?3)) > 0 OR s.entity_key = ?4)")
                .endsWith(" GROUP BY m.entity_key ORDER BY article_count DESC, canonical, m.entity_key LIMIT ?5");
        assertThat(sql.parameters()).containsExactly("ORG", "kalin", "kalin", "kalin", 50);
    }
}
