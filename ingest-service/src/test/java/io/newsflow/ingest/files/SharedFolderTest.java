package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.contract.RawArticle;

class SharedFolderTest {

    @TempDir
    Path data;

    @Test
    void two_replicas_on_one_folder_publish_each_file_exactly_once() throws Exception {
        IngestSettings base = EngineHarness.settings(data).withStability(Duration.ofMillis(100), true,
                Duration.ofSeconds(30));
        RecordingPublisher brokerA = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        RecordingPublisher brokerB = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        int files = 300;
        try (IngestEngine a = EngineHarness.start(base.withReplicaId("replica-a"), brokerA);
                IngestEngine b = EngineHarness.start(base.withReplicaId("replica-b"), brokerB)) {
            for (int i = 0; i < files; i++) {
                dropComplete(base.inbox(), "item-" + i + ".txt", ("item number " + i).getBytes(StandardCharsets.UTF_8));
                if (i % 25 == 0) {
                    a.scanSoon();
                    b.scanSoon();
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                a.scan();
                b.scan();
                return names(base.processedDir()).size() == files;
            });
        }
        List<RawArticle> all = new ArrayList<>(brokerA.sent);
        all.addAll(brokerB.sent);
        assertThat(all).hasSize(files);
        assertThat(all.stream().map(r -> r.source().fileName())).doesNotHaveDuplicates();
        assertThat(names(base.processedDir())).hasSize(files).noneMatch(n -> n.contains("("));
    }

    @Test
    void a_dead_replicas_in_flight_files_are_taken_over_and_published_with_the_same_id() throws Exception {
        IngestSettings base = EngineHarness.settings(data);
        dropComplete(base.inbox(), "orphan.txt", "Left behind by a crashed pod.".getBytes(StandardCharsets.UTF_8));
        RecordingPublisher silent = new RecordingPublisher(RecordingPublisher.Mode.HOLD);
        IngestEngine dead = EngineHarness.start(base.withReplicaId("pod-1"), silent);
        await().atMost(Duration.ofSeconds(10)).until(() -> silent.sent.size() == 1);
        dead.close();

        RecordingPublisher broker = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        try (IngestEngine survivor = EngineHarness.start(base.withReplicaId("pod-2"), broker)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                survivor.scan();
                return names(base.processedDir()).size() == 1;
            });
            assertThat(broker.sent).singleElement().isEqualTo(silent.sent.get(0));
        }
    }
}
