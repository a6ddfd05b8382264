package io.newsflow.ingest.health;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.newsflow.ingest.files.IngestEngine;
import io.newsflow.ingest.files.IngestSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready when the inbox, processed/ and failed/ folders exist and can be written (a lost volume shows here). */
@Readiness
@ApplicationScoped
public class InboxHealthCheck implements HealthCheck {

    @Inject
    IngestEngine engine;

    @Override
    public HealthCheckResponse call() {
        IngestSettings settings = engine.settings();
        boolean ok = writable(settings.inbox()) && writable(settings.processedDir()) && writable(settings.failedDir());
        return HealthCheckResponse.named("inbox")
                .status(ok)
                .withData("inbox", settings.inbox().toAbsolutePath().toString())
                .withData("inFlight", engine.snapshot().inFlight())
                .withData("waiting", engine.snapshot().waiting())
                .build();
    }

    private static boolean writable(Path dir) {
        return Files.isDirectory(dir) && Files.isWritable(dir);
    }
}
