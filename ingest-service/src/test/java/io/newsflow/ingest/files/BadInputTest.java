package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.ingest.domain.FailureReason;

class BadInputTest {

    @TempDir
    Path data;

    private JsonNode report(IngestSettings settings, String name) throws Exception {
        return EngineHarness.JSON.readTree(settings.failedDir().resolve(name + ".error.json").toFile());
    }

    private void awaitFailed(IngestEngine engine, IngestSettings settings, String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            engine.scan();
            return Files.exists(settings.failedDir().resolve(name + ".error.json"));
        });
    }

    @Test
    void every_bad_input_class_is_moved_aside_with_its_reason_and_good_files_keep_flowing() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        dropComplete(settings.inbox(), "empty.txt", new byte[0]);
        dropComplete(settings.inbox(), "photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
        dropComplete(settings.inbox(), "huge.txt", "x".repeat(100_001).getBytes(StandardCharsets.US_ASCII));
        byte[] broken = "Мост закрыт на ремонт до весны, сообщили в мэрии.".getBytes(StandardCharsets.UTF_8);
        broken[7] = (byte) 0xC0;
        dropComplete(settings.inbox(), "broken utf8.txt", broken);
        dropComplete(settings.inbox(), "good 'one'.txt",
                "Мост закрыт на ремонт до весны.".getBytes(Charset.forName("KOI8-R")));
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            awaitFailed(engine, settings, "empty.txt");
            awaitFailed(engine, settings, "photo.txt");
            awaitFailed(engine, settings, "huge.txt");
            awaitFailed(engine, settings, "broken utf8.txt");
            await().atMost(Duration.ofSeconds(10)).until(() -> publisher.sent.size() == 1);
            assertThat(engine.snapshot().failedByReason()).containsEntry("empty", 1L).containsEntry("binary", 1L)
                    .containsEntry("too-large", 1L).containsEntry("invalid-byte-sequence", 1L);
        }
        assertThat(report(settings, "empty.txt").get("reason").asText()).isEqualTo("empty");
        assertThat(report(settings, "photo.txt").get("detectedType").asText()).isEqualTo("image/jpeg");
        JsonNode huge = report(settings, "huge.txt");
        assertThat(huge.get("reason").asText()).isEqualTo("too-large");
        assertThat(huge.get("sizeBytes").asLong()).isEqualTo(100_001);
        assertThat(huge.get("detectedType").asText()).isEqualTo("text/plain");
        assertThat(report(settings, "broken utf8.txt").get("detail").asText()).contains("offset 6");
        assertThat(settings.failedDir().resolve("broken utf8.txt")).hasBinaryContent(broken);
        assertThat(publisher.sent.get(0).source().fileName()).isEqualTo("good 'one'.txt");
        assertThat(names(settings.processedDir())).containsExactly("good 'one'.txt");
    }

    @Test
    void a_page_with_a_stray_nul_and_a_bad_byte_is_published_with_the_damage_recorded_and_its_bytes_kept()
            throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        String paragraph = "<p>Мост закрыт на ремонт до весны, сообщили в мэрии.</p>\n".repeat(40);
        byte[] head = ("<html><head><title>Мост</title></head><body>" + paragraph).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (paragraph + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        page[head.length] = 0;
        page[head.length + 1] = (byte) 0xFF;
        System.arraycopy(tail, 0, page, head.length + 2, tail.length);
        dropComplete(settings.inbox(), "page.html", page);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                engine.scan();
                return publisher.sent.size() == 1;
            });
        }
        JsonNode source = EngineHarness.JSON.valueToTree(publisher.sent.get(0).source());
        assertThat(source.get("charset").asText()).isEqualTo("UTF-8");
        assertThat(source.get("decodeErrors").get("count").asInt()).isEqualTo(2);
        assertThat(source.get("decodeErrors").get("firstOffset").asLong()).isEqualTo(head.length);
        assertThat(publisher.sent.get(0).content()).contains("<title>Мост</title>").contains("\uFFFD\uFFFD");
        assertThat(settings.processedDir().resolve("page.html")).hasBinaryContent(page);
    }

    @Test
    void a_record_too_large_for_the_broker_is_refused_before_the_producer_sees_it() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK).recordSize(500_000);
        dropComplete(settings.inbox(), "wide.txt", "text that expands".getBytes(StandardCharsets.UTF_8));
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            awaitFailed(engine, settings, "wide.txt");
        }
        assertThat(report(settings, "wide.txt").get("reason").asText()).isEqualTo("record-too-large");
        assertThat(publisher.sent).isEmpty();
    }

    @Test
    void an_unreadable_file_is_refused_as_unreadable() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        IngestSettings settings = EngineHarness.settings(data);
        Path file = dropComplete(settings.inbox(), "locked.txt", "secret".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try (IngestEngine engine = EngineHarness.start(settings, new RecordingPublisher(RecordingPublisher.Mode.ACK))) {
            awaitFailed(engine, settings, "locked.txt");
            assertThat(engine.snapshot().failedByReason()).containsEntry(FailureReason.UNREADABLE.code(), 1L);
        }
    }

    @Test
    void a_file_still_growing_is_not_taken_until_it_stops() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        Path file = settings.inbox().resolve("slow copy.txt");
        try (IngestEngine engine = EngineHarness.start(settings, publisher);
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE)) {
            for (int i = 0; i < 10; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                engine.scan();
                Thread.sleep(30);
            }
            assertThat(publisher.sent).isEmpty();
            assertThat(engine.snapshot().waiting()).isEqualTo(1);
            assertThat(engine.snapshot().oldestWaitingAgeMs()).isPositive();
            out.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                engine.scan();
                return publisher.sent.size() == 1;
            });
            assertThat(publisher.sent.get(0).content()).endsWith("line 9\n");
        }
    }

    @Test
    void a_file_deleted_before_it_is_read_is_counted_as_vanished() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        // Left in flight by a previous run, then removed by hand before this run read it.
        Path token = settings.inbox().resolve(IngestEngine.IN_FLIGHT).resolve(settings.replicaId())
                .resolve(Long.toString(System.currentTimeMillis(), Character.MAX_RADIX) + "-gone");
        Files.createDirectories(token);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            assertThat(Files.exists(token)).isFalse();
            assertThat(engine.snapshot().seen()).isZero();
        }
    }

    @Test
    void temporary_and_hidden_files_are_left_alone() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        for (String name : new String[] {".hidden", "a.swp", "b~", "c.tmp", "d.part", "e.crdownload"}) {
            dropComplete(settings.inbox(), name, "partial".getBytes(StandardCharsets.UTF_8));
        }
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            engine.scan();
            engine.scan();
            assertThat(publisher.sent).isEmpty();
            assertThat(engine.snapshot().seen()).isZero();
        }
        assertThat(names(settings.inbox())).contains(".hidden", "a.swp", "b~", "c.tmp", "d.part", "e.crdownload");
    }

    @Test
    void posted_drops_get_the_same_checks_and_nothing_is_stored_when_refused() throws Exception {
        IngestSettings settings = EngineHarness.settings(data);
        RecordingPublisher publisher = new RecordingPublisher(RecordingPublisher.Mode.ACK);
        try (IngestEngine engine = EngineHarness.start(settings, publisher)) {
            UploadOutcome traversal = engine.upload("../../etc/passwd", new ByteArrayInputStream(new byte[] {'x'}));
            assertThat(traversal).isInstanceOfSatisfying(UploadOutcome.Refused.class,
                    r -> assertThat(r.refusal().reason()).isEqualTo(FailureReason.INVALID_NAME));
            UploadOutcome binary = engine.upload("x.txt", new ByteArrayInputStream(new byte[] {1, 0, 2, 0}));
            assertThat(binary).isInstanceOfSatisfying(UploadOutcome.Refused.class,
                    r -> assertThat(r.refusal().reason()).isEqualTo(FailureReason.BINARY));
            UploadOutcome good = engine.upload("Заметка.txt",
                    new ByteArrayInputStream("Заметка о погоде.".getBytes(StandardCharsets.UTF_8)));
            assertThat(good).isInstanceOf(UploadOutcome.Accepted.class);
            ((UploadOutcome.Accepted) good).completed().get();
            assertThat(names(settings.processedDir())).containsExactly("Заметка.txt");
            assertThat(names(settings.failedDir())).isEmpty();
            assertThat(engine.snapshot().failed()).isEqualTo(2);
        }
    }
}
