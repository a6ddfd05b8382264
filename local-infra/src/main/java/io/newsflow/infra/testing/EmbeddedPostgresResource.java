package io.newsflow.infra.testing;

import java.util.Map;

import io.newsflow.infra.postgres.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: the one named by {@code QUARKUS_DATASOURCE_JDBC_URL} when that is
 * set (with its user and password variables), otherwise an embedded server started for the test.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(JDBC_URL_ENV);
        if (external != null && !external.isBlank()) {
            // Quarkus reads QUARKUS_DATASOURCE_USERNAME/PASSWORD from the environment itself.
            return Map.of("quarkus.datasource.jdbc.url", external);
        }
        server = EmbeddedPostgresServer.startTemporary();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
