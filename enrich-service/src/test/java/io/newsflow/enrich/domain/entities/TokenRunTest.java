package io.newsflow.enrich.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityType;

class TokenRunTest {

    @Test
    void aRunEndsWhereTheTypeChangesOrAnOutsideTokenComes() {
        assertThat(TokenRun.of(Arrays.asList(EntityType.PERSON, EntityType.PERSON, EntityType.ORG, null,
                EntityType.LOC, null, null, EntityType.MISC)))
                .containsExactly(new TokenRun(0, 2, EntityType.PERSON), new TokenRun(2, 3, EntityType.ORG),
                        new TokenRun(4, 5, EntityType.LOC), new TokenRun(7, 8, EntityType.MISC));
    }

    @Test
    void noEntitiesNoRuns() {
        assertThat(TokenRun.of(Arrays.asList(null, null))).isEmpty();
    }
}
