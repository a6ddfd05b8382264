package io.newsflow.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Native events alone (no periodic rescan here) take renamed-in files, also in subfolders created later. */
class WatchEventsTest {

    @TempDir
    Path data;

    @Test
    void a_file_renamed_into_a_new_subfolder_is_taken_on_events_alone() throws Exception {
        IngestSettings settings = EngineHarness.settings(data).withRecursion(true, List.of("*"), List.of());
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        Path outside = Files.createDirectories(data.resolve("staging")).resolve("late.txt");
        Files.writeString(outside, "Arrived by rename.", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(outside, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        try (IngestEngine engine = new IngestEngine(settings, publisher, EngineHarness.JSON, Clock.systemUTC())) {
            engine.start(true);
            Path folder = Files.createDirectories(settings.inbox().resolve("evening"));
            // Give the watcher a moment to register the new folder before the file lands in it.
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
            Files.move(outside, folder.resolve("late.txt"), StandardCopyOption.ATOMIC_MOVE);
            await().atMost(Duration.ofSeconds(10)).until(() -> publisher.sent.size() == 1);
            assertThat(publisher.sent.get(0).source().relativePath()).isEqualTo("evening/late.txt");
        }
    }
}
