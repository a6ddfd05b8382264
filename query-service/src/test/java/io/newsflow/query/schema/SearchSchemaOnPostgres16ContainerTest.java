package io.newsflow.query.schema;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The search schema contract on the PostgreSQL major version deployments run (skipped where Docker is absent). */
@Testcontainers(disabledWithoutDocker = true)
class SearchSchemaOnPostgres16ContainerTest extends SearchSchemaContract {

    @Container
    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16")
            .withDatabaseName("newsflow");

    @Override
    protected String jdbcUrl() {
        return POSTGRES.getJdbcUrl();
    }

    @Override
    protected String user() {
        return POSTGRES.getUsername();
    }

    @Override
    protected String password() {
        return POSTGRES.getPassword();
    }
}
