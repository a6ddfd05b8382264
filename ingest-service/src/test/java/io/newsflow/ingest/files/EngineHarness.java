package io.newsflow.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Builds engines on a temporary data folder with fast timings, without Quarkus or Kafka. */
final class EngineHarness {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EngineHarness() {
    }

    static IngestSettings settings(Path data) {
        return IngestSettings.defaults(data)
                .withStability(Duration.ofMillis(100), true, Duration.ofMillis(300))
                .withLimits(100_000, 400_000);
    }

    static IngestEngine start(IngestSettings settings, ArticlePublisher publisher) throws IOException {
        IngestEngine engine = new IngestEngine(settings, publisher, JSON, Clock.systemUTC());
        engine.start(false);
        return engine;
    }

    /** Writes a file whose modification time is in the past, as if it had been renamed into place. */
    static Path dropComplete(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    static List<String> inFlight(IngestSettings settings) throws IOException {
        return names(settings.inbox().resolve(IngestEngine.IN_FLIGHT)).stream()
                .filter(n -> !n.endsWith(".alive")).toList();
    }
}
