package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.contract.RawArticle;

class RestartRecoveryTest {

    @TempDir
    Path data;

    @Test
    void a_crash_between_publish_and_move_republishes_the_same_id_and_record_on_restart() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        dropComplete(settings.inbox(), "storm warning.txt", "Storm warning for the coast.".getBytes(StandardCharsets.UTF_8));

        RecordingPublisher unacked = new RecordingPublisher(RecordingPublisher.Mode.HOLD);
        IngestEngine crashed = EngineHarness.start(settings, unacked);
        await().atMost(Duration.ofSeconds(10)).until(() -> unacked.sent.size() == 1);
        crashed.close(); // the broker never answered before the process died
        assertThat(EngineHarness.inFlight(settings)).hasSize(1);
        assertThat(names(settings.processedDir())).isEmpty();

        RecordingPublisher broker = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        try (IngestEngine restarted = EngineHarness.start(settings, broker)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> names(settings.processedDir()).size() == 1);
            RawArticle before = unacked.sent.get(0);
            assertThat(broker.sent).singleElement().isEqualTo(before);
            assertThat(restarted.snapshot().republished()).isEqualTo(1);
        }
        assertThat(EngineHarness.inFlight(settings)).isEmpty();
    }

    @Test
    void files_waiting_in_the_inbox_while_the_service_was_down_are_taken_at_start() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        for (int i = 0; i < 20; i++) {
            dropComplete(settings.inbox(), "waiting-" + i + ".txt", ("report " + i).getBytes(StandardCharsets.UTF_8));
        }
        RecordingPublisher broker = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        try (IngestEngine engine = EngineHarness.start(settings, broker)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> names(settings.processedDir()).size() == 20);
            assertThat(broker.ids()).hasSize(20).doesNotHaveDuplicates();
            assertThat(engine.snapshot().seen()).isEqualTo(20);
        }
    }

    @Test
    void the_status_after_a_restart_still_counts_the_drops_taken_before_it() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        for (int i = 0; i < 5; i++) {
            dropComplete(settings.inbox(), "before-" + i + ".txt", ("report " + i).getBytes(StandardCharsets.UTF_8));
        }
        try (IngestEngine first = EngineHarness.start(settings, new RecordingPublisher(RecordingPublisher.Mode.ACK))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> first.snapshot().published() == 5);
        }
        dropComplete(settings.inbox(), "after.txt", "report after".getBytes(StandardCharsets.UTF_8));
        try (IngestEngine restarted = EngineHarness.start(settings,
                new RecordingPublisher(RecordingPublisher.Mode.ACK))) {
            // the count follows the move to processed/: wait for it, then check nothing was counted twice
            await().atMost(Duration.ofSeconds(10)).until(() -> restarted.snapshot().published() >= 6);
            assertThat(restarted.snapshot().published()).isEqualTo(6);
            assertThat(restarted.snapshot().seen()).isEqualTo(6);
            assertThat(names(settings.processedDir())).hasSize(6);
        }
    }

    @Test
    void a_record_the_broker_refused_stays_in_flight_and_is_sent_again_with_the_same_id() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        dropComplete(settings.inbox(), "retry.txt", "Bridge reopened.".getBytes(StandardCharsets.UTF_8));
        RecordingPublisher flaky = new RecordingPublisher(RecordingPublisher.Mode.FAIL_FIRST);
        IngestSettings fastRetry = new IngestSettings(settings.inbox(), settings.processedDir(), settings.failedDir(),
                settings.replicaId(), false, settings.include(), settings.exclude(), settings.quietPeriod(), true,
                settings.maxFileBytes(), settings.maxRecordBytes(), settings.completion(), 2, 16,
                settings.orphanAfter(), Duration.ofMillis(100));
        try (IngestEngine engine = EngineHarness.start(fastRetry, flaky)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> names(settings.processedDir()).size() == 1);
            assertThat(flaky.sent).hasSize(2);
            assertThat(flaky.sent.get(1)).isEqualTo(flaky.sent.get(0));
            assertThat(engine.snapshot().published()).isEqualTo(1);
        }
    }
}
