package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameClashTest {

    @TempDir
    Path data;

    @Test
    void the_same_name_dropped_three_times_never_overwrites_in_processed_and_gets_three_ids() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        String name = "Сводка \"утро\".txt";
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            for (int i = 1; i <= 3; i++) {
                dropComplete(settings.inbox(), name, ("edition " + (i == 3 ? 1 : i)).getBytes(StandardCharsets.UTF_8));
                int expected = i;
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    engine.scan();
                    return names(settings.processedDir()).size() == expected;
                });
            }
        }
        assertThat(names(settings.processedDir()))
                .containsExactlyInAnyOrder(name, "Сводка \"утро\" (1).txt", "Сводка \"утро\" (2).txt");
        assertThat(Files.readString(settings.processedDir().resolve(name))).isEqualTo("edition 1");
        // Same content dropped again is a new article (downstream marks it a duplicate), never the same id.
        assertThat(publisher.ids()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void refused_files_of_one_name_each_keep_their_own_report() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            dropComplete(settings.inbox(), "bad.txt", new byte[0]);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                engine.scan();
                return names(settings.failedDir()).size() == 2;
            });
            dropComplete(settings.inbox(), "bad.txt", new byte[] {0, 1, 2, 3});
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                engine.scan();
                return names(settings.failedDir()).size() == 4;
            });
        }
        assertThat(names(settings.failedDir())).containsExactlyInAnyOrder("bad.txt", "bad.txt.error.json",
                "bad (1).txt", "bad (1).txt.error.json");
        assertThat(Files.readString(settings.failedDir().resolve("bad.txt.error.json"))).contains("\"reason\":\"empty\"");
        assertThat(Files.readString(settings.failedDir().resolve("bad (1).txt.error.json")))
                .contains("\"reason\":\"binary\"");
        assertThat(publisher.sent).isEmpty();
    }
}
