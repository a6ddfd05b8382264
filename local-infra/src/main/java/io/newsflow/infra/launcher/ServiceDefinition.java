package io.newsflow.infra.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A newsflow service as the launcher knows it: its Maven module, the HTTP port it uses by default and the heap it
 * needs.
 */
public record ServiceDefinition(String name, String module, int defaultPort, String maxHeap) {

    public static final ServiceDefinition INGEST = new ServiceDefinition("ingest", "ingest-service", 8081, "512m");
    public static final ServiceDefinition CLEANER = new ServiceDefinition("cleaner", "cleaner-service", 8082, "768m");
    // NLP models (CoreNLP CRF, SUTime rules, language profiles) live in the heap.
    public static final ServiceDefinition ENRICH = new ServiceDefinition("enrich", "enrich-service", 8083, "3g");
    public static final ServiceDefinition QUERY = new ServiceDefinition("query", "query-service", 8080, "512m");

    /** In pipeline order, downstream first, so consumers are ready before producers publish. */
    public static final List<ServiceDefinition> START_ORDER = List.of(QUERY, ENRICH, CLEANER, INGEST);

    public Path runnerJar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
