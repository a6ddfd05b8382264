package io.newsflow.ingest.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import io.newsflow.ingest.files.IngestEngine;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The state a crashed ingest leaves behind, prepared before the service starts: one file waiting in the inbox and one
 * claimed into the in-flight folder (published, maybe, but never moved).
 */
public class PrefilledInboxResource implements QuarkusTestResourceLifecycleManager {

    static final Path DATA = TempInboxProfile.folder("restart");
    static final String REPLICA = "restart-replica";
    static final String TOKEN = Long.toString(1_700_000_000_000L, Character.MAX_RADIX) + "-crashed";
    static final String IN_FLIGHT_NAME = "claimed before the crash.txt";
    static final byte[] IN_FLIGHT_BYTES = "Council approved the budget before midnight.".getBytes(StandardCharsets.UTF_8);
    static final String WAITING_NAME = "dropped while down.txt";

    @Override
    public Map<String, String> start() {
        try {
            Path inbox = DATA.resolve("inbox");
            Path tokenDir = inbox.resolve(IngestEngine.IN_FLIGHT).resolve(REPLICA).resolve(TOKEN);
            Files.createDirectories(tokenDir);
            Files.write(tokenDir.resolve(IN_FLIGHT_NAME), IN_FLIGHT_BYTES);
            Path waiting = inbox.resolve(WAITING_NAME);
            Files.writeString(waiting, "Ferry service resumes on Monday.");
            Files.setLastModifiedTime(waiting, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TempInboxProfile.settings(DATA, REPLICA);
    }

    @Override
    public void stop() {
        // The folder stays under target/ for inspection.
    }
}
