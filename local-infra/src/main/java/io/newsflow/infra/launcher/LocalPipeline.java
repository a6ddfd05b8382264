package io.newsflow.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import io.newsflow.infra.Ports;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import io.newsflow.infra.kafka.PipelineTopics;
import io.newsflow.infra.postgres.EmbeddedPostgresServer;

/**
 * The whole pipeline on this machine: a Kafka broker and a PostgreSQL database (embedded unless the environment
 * names external ones) and the four services as separate processes.
 */
public final class LocalPipeline implements AutoCloseable {

    static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    private final Layout layout;
    private EmbeddedKafkaBroker broker;
    private EmbeddedPostgresServer postgres;
    private String bootstrapServers;
    private final Map<ServiceDefinition, SupervisedService> services = new LinkedHashMap<>();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsflow-restarts");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Where things live and which ports to try.
     *
     * @param projectRoot    the repository root, holding each service module's target/
     * @param dataDir        broker and database data, and service logs
     * @param inbox          watched folder; processed/ and failed/ are created beside it
     * @param persistent     keep broker and database data across runs (the demo) or throw it away (tests)
     * @param preferredPorts try the services' and broker's default ports first (the demo) or use free ports (tests)
     */
    public record Layout(Path projectRoot, Path dataDir, Path inbox, boolean persistent, boolean preferredPorts) {

        public Path processedDir() {
            return inbox.toAbsolutePath().getParent().resolve("processed");
        }

        public Path failedDir() {
            return inbox.toAbsolutePath().getParent().resolve("failed");
        }

        public Path logDir() {
            return dataDir.resolve("logs");
        }
    }

    private LocalPipeline(Layout layout) {
        this.layout = layout;
    }

    public static LocalPipeline start(Layout layout, Consumer<String> progress) {
        LocalPipeline pipeline = new LocalPipeline(layout);
        try {
            pipeline.startInfrastructure(progress);
            pipeline.startServices(progress);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startInfrastructure(Consumer<String> progress) {
        try {
            Files.createDirectories(layout.inbox());
            Files.createDirectories(layout.processedDir());
            Files.createDirectories(layout.failedDir());
            Files.createDirectories(layout.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String externalKafka = System.getenv(KAFKA_ENV);
        if (externalKafka != null && !externalKafka.isBlank()) {
            bootstrapServers = externalKafka;
            progress.accept("Kafka: external broker " + bootstrapServers + " (from " + KAFKA_ENV + ")");
        } else {
            int port = layout.preferredPorts() ? Ports.preferredOrFree(9092) : Ports.free();
            broker = EmbeddedKafkaBroker.start(layout.dataDir().resolve("kafka"), port, !layout.persistent());
            bootstrapServers = broker.bootstrapServers();
            PipelineTopics.create(bootstrapServers);
            progress.accept("Kafka: embedded KRaft broker on " + bootstrapServers);
        }
        String externalDb = System.getenv(JDBC_URL_ENV);
        if (externalDb != null && !externalDb.isBlank()) {
            progress.accept("PostgreSQL: external database " + externalDb + " (from " + JDBC_URL_ENV + ")");
        } else {
            int port = layout.preferredPorts() ? Ports.preferredOrFree(5432) : 0;
            postgres = EmbeddedPostgresServer.start(layout.dataDir().resolve("postgres"), port, !layout.persistent());
            progress.accept("PostgreSQL: embedded server on " + postgres.jdbcUrl());
        }
    }

    private void startServices(Consumer<String> progress) {
        List<ServiceProcess> starting = new ArrayList<>();
        for (ServiceDefinition definition : ServiceDefinition.START_ORDER) {
            int port = layout.preferredPorts() ? Ports.preferredOrFree(definition.defaultPort()) : Ports.free();
            Path log = layout.logDir().resolve(definition.name() + ".log");
            Map<String, String> env = environmentFor(definition);
            SupervisedService service = new SupervisedService(definition,
                    () -> ServiceProcess.start(definition, layout.projectRoot(), port, env, log),
                    RestartPolicy.standard(InstantSource.system()), restarts, progress);
            services.put(definition, service);
            starting.add(service.start());
            progress.accept("Starting " + definition.name() + " on port " + port + " (log: " + log + ")");
        }
        for (ServiceProcess process : starting) {
            process.awaitReady(Duration.ofMinutes(3));
            progress.accept(process.definition().name() + " is ready");
        }
        services.values().forEach(SupervisedService::superviseFromNow);
    }

    private Map<String, String> environmentFor(ServiceDefinition definition) {
        Map<String, String> env = new HashMap<>();
        env.put(KAFKA_ENV, bootstrapServers);
        if (definition.equals(ServiceDefinition.QUERY) && postgres != null) {
            env.put(JDBC_URL_ENV, postgres.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        }
        if (definition.equals(ServiceDefinition.INGEST)) {
            env.put("NEWSFLOW_INGEST_INBOX", layout.inbox().toAbsolutePath().toString());
            env.put("NEWSFLOW_INGEST_PROCESSED_DIR", layout.processedDir().toString());
            env.put("NEWSFLOW_INGEST_FAILED_DIR", layout.failedDir().toString());
        }
        return env;
    }

    /** The service's process now running (or the last one, if it is down). */
    public ServiceProcess service(ServiceDefinition definition) {
        return services.get(definition).current();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Layout layout() {
        return layout;
    }

    /** Stops producers before consumers, then the database and the broker. */
    @Override
    public void close() {
        // All at once first: Ctrl-C reaches every service, and one stopping early must not be restarted.
        services.values().forEach(SupervisedService::stopRestarting);
        restarts.shutdownNow();
        List<SupervisedService> running = new ArrayList<>(services.values());
        Collections.reverse(running);
        running.forEach(SupervisedService::close);
        services.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
