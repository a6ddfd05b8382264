package io.newsflow.ingest.it;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A fresh data folder under target/ for each test run, with fast stability settings. */
public class TempInboxProfile implements QuarkusTestProfile {

    // The profile is loaded by the test and by the application class loader: derive the folder, do not draw it.
    static final Path DATA = folder("flow");

    static Path folder(String name) {
        return Path.of("target", "test-data", name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return settings(DATA, "it-replica");
    }

    static Map<String, String> settings(Path data, String replicaId) {
        return Map.of(
                "newsflow.ingest.inbox", data.resolve("inbox").toString(),
                "newsflow.ingest.processed-dir", data.resolve("processed").toString(),
                "newsflow.ingest.failed-dir", data.resolve("failed").toString(),
                "newsflow.ingest.replica-id", replicaId,
                "newsflow.ingest.quiet-period", "300ms",
                "newsflow.ingest.rescan-interval", "200ms",
                "newsflow.ingest.max-file-bytes", "3000000");
    }
}
