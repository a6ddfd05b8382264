package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.ingest.domain.CompletionPolicy;

class CompletionPolicyTest {

    private static final byte[] TEXT = "The ferry timetable changes on Monday.".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void move_puts_the_published_file_in_processed_keeping_its_relative_path() throws Exception {
        IngestSettings settings = EngineHarness.settings(data).withRecursion(true, List.of("*"), List.of());
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        dropComplete(settings.inbox(), "2024/march/ferry.txt", TEXT);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> names(settings.processedDir()).size() == 1);
            assertThat(names(settings.processedDir())).containsExactly("2024/march/ferry.txt");
            assertThat(publisher.sent).singleElement()
                    .satisfies(a -> assertThat(a.source().relativePath()).isEqualTo("2024/march/ferry.txt"))
                    .satisfies(a -> assertThat(a.source().fileName()).isEqualTo("ferry.txt"));
            assertThat(EngineHarness.inFlight(settings)).isEmpty();
            assertThat(engine.snapshot().published()).isEqualTo(1);
            assertThat(engine.snapshot().bytes()).isEqualTo(TEXT.length);
        }
    }

    @Test
    void delete_removes_the_published_file() throws Exception {
        IngestSettings settings = EngineHarness.settings(data).withCompletion(CompletionPolicy.DELETE);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        dropComplete(settings.inbox(), "ferry.txt", TEXT);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.snapshot().inFlight() == 0
                    && engine.snapshot().published() == 1);
            assertThat(names(settings.inbox())).filteredOn(n -> !n.startsWith(".")).isEmpty();
            assertThat(names(settings.processedDir())).isEmpty();
        }
    }

    @Test
    void keep_leaves_the_file_in_place_and_never_takes_it_again_until_it_changes() throws Exception {
        IngestSettings settings = EngineHarness.settings(data).withCompletion(CompletionPolicy.KEEP);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        Path file = dropComplete(settings.inbox(), "ferry.txt", TEXT);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.snapshot().published() == 1
                    && engine.snapshot().inFlight() == 0);
            for (int i = 0; i < 5; i++) {
                engine.scan();
            }
            assertThat(file).hasBinaryContent(TEXT);
            assertThat(publisher.sent).hasSize(1);

            dropComplete(settings.inbox(), "ferry.txt", "The ferry timetable changed again.".getBytes());
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                engine.scan();
                return publisher.sent.size() == 2;
            });
            assertThat(publisher.sent.get(1).id()).isNotEqualTo(publisher.sent.get(0).id());
        }
        // A restart reads the record too.
        try (IngestEngine again = EngineHarness.start(settings, publisher)) {
            again.scan();
            assertThat(publisher.sent).hasSize(2);
        }
    }
}
