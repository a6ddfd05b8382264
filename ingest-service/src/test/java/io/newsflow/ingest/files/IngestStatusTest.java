package io.newsflow.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.ingest.domain.FailureReason;

class IngestStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path inbox;

    private IngestStatus replica(String id) {
        return new IngestStatus(new StatusFiles(inbox, id, JSON));
    }

    @Test
    void aRestartedReplicaContinuesFromItsCountsInsteadOfZero() {
        IngestStatus before = replica("host-a");
        before.seen();
        before.published(100);
        before.seen();
        before.failed(FailureReason.values()[0]);

        IngestStatus after = replica("host-a"); // the same replica after a SIGKILL: nothing but the file is left
        after.seen();
        after.published(50);

        IngestStatus.Snapshot status = after.snapshot(0, 0);
        assertThat(status.seen()).isEqualTo(3);
        assertThat(status.published()).isEqualTo(2);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.bytes()).isEqualTo(150);
        assertThat(status.failedByReason()).isEqualTo(Map.of(FailureReason.values()[0].code(), 1L));
    }

    @Test
    void everyReplicaReportsTheDropsOfAllReplicasOfTheInbox() {
        IngestStatus a = replica("host-a");
        IngestStatus b = replica("host-b");
        a.seen();
        a.published(10);
        b.seen();
        b.published(20);
        b.seen();
        b.republished();

        assertThat(a.snapshot(0, 0).published()).isEqualTo(2);
        assertThat(b.snapshot(0, 0).seen()).isEqualTo(3);
        assertThat(a.snapshot(0, 0).republished()).isEqualTo(1);
        assertThat(a.publishedCount()).as("the metrics stay this replica's own").isEqualTo(1);
    }

    @Test
    void anUnreadableStatusFileCountsAsNothingRatherThanFailingTheStatus() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve(StatusFiles.FOLDER));
        Files.writeString(folder.resolve("broken.json"), "{not json");
        IngestStatus a = replica("host-a");
        a.seen();

        assertThat(a.snapshot(0, 0).seen()).isEqualTo(1);
    }
}
