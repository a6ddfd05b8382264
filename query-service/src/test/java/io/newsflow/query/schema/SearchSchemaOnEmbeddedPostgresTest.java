package io.newsflow.query.schema;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.newsflow.infra.postgres.EmbeddedPostgresServer;

/** The search schema contract on the embedded PostgreSQL the service tests and the demo use. */
class SearchSchemaOnEmbeddedPostgresTest extends SearchSchemaContract {

    private static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.startTemporary();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected String jdbcUrl() {
        return server.jdbcUrl();
    }

    @Override
    protected String user() {
        return EmbeddedPostgresServer.USER;
    }

    @Override
    protected String password() {
        return EmbeddedPostgresServer.PASSWORD;
    }
}
