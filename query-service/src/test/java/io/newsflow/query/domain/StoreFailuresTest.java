package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException("could not execute statement",
                new RuntimeException("JDBC exception", new SQLException("refused", sqlState)));
    }

    @Test
    void unreadableRecordAndDataTheDatabaseRefusesArePermanent() {
        assertThat(StoreFailures.isPermanent(new InvalidRecordException("not JSON"))).isTrue();
        assertThat(StoreFailures.isPermanent(wrapped("22001"))).as("value too long").isTrue();
        assertThat(StoreFailures.isPermanent(wrapped("23505"))).as("unique violation").isTrue();
        assertThat(StoreFailures.isPermanent(wrapped("54000"))).as("tsvector too large").isTrue();
    }

    @Test
    void lostConnectionsAndMissingRelationsArePassing() {
        assertThat(StoreFailures.isPermanent(wrapped("08006"))).as("connection failure").isFalse();
        assertThat(StoreFailures.isPermanent(wrapped("57P01"))).as("admin shutdown").isFalse();
        assertThat(StoreFailures.isPermanent(wrapped("42P01"))).as("table missing during a migration").isFalse();
        assertThat(StoreFailures.isPermanent(wrapped(null))).isFalse();
        assertThat(StoreFailures.isPermanent(new IllegalStateException("pool exhausted"))).isFalse();
    }
}
