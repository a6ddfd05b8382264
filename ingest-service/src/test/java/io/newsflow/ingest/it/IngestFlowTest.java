package io.newsflow.ingest.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.domain.Hashes;
import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(TempInboxProfile.class)
@QuarkusTestResource(EmbeddedKafkaResource.class)
class IngestFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path INBOX = TempInboxProfile.DATA.resolve("inbox");
    private static final Path PROCESSED = TempInboxProfile.DATA.resolve("processed");
    private static final Path FAILED = TempInboxProfile.DATA.resolve("failed");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static RawTopicReader reader;

    @BeforeAll
    static void noReaderYet() {
        reader = null;
    }

    @AfterAll
    static void closeReader() {
        if (reader != null) {
            reader.close();
        }
    }

    private RawTopicReader reader() {
        if (reader == null) {
            reader = new RawTopicReader(bootstrapServers);
        }
        return reader;
    }

    private Optional<RawArticle> publishedAs(String relativePath) {
        return reader().articles().stream().filter(a -> a.source().relativePath().equals(relativePath)).findFirst();
    }

    @Test
    void dropped_file_is_published_keyed_by_id_with_provenance_and_moved_to_processed() throws IOException {
        String name = "Ночной выпуск \"special\" edition.txt";
        String text = "Городской совет утвердил бюджет на следующий год.\r\nЗаседание длилось четыре часа.\r\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
        Files.write(INBOX.resolve(name), bytes);

        RawArticle article = await().atMost(WAIT).until(() -> publishedAs(name), Optional::isPresent).get();

        assertThat(article.content()).isEqualTo(text);
        assertThat(article.source().fileName()).isEqualTo(name);
        assertThat(article.source().sizeBytes()).isEqualTo(bytes.length);
        assertThat(article.source().sha256()).isEqualTo(Hashes.sha256Hex(bytes));
        assertThat(article.source().charset()).isEqualTo("windows-1251");
        assertThat(article.source().mediaType()).isEqualTo("text/plain");
        assertThat(reader().poll()).filteredOn(r -> r.key().equals(article.id())).hasSize(1);
        await().atMost(WAIT).until(() -> Files.exists(PROCESSED.resolve(name)));
        assertThat(INBOX.resolve(name)).doesNotExist();
    }

    @Test
    void refused_file_goes_to_failed_with_its_report_and_the_next_good_file_still_flows() throws IOException {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(INBOX.resolve("scan.txt"), pdf);
        Files.writeString(INBOX.resolve("after-the-bad-one.html"),
                "<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>Ships came in.</p></body></html>");

        await().atMost(WAIT).until(() -> Files.exists(FAILED.resolve("scan.txt.error.json")));
        JsonNode report = new ObjectMapper().readTree(FAILED.resolve("scan.txt.error.json").toFile());
        assertThat(report.get("reason").asText()).isEqualTo("binary");
        assertThat(report.get("detectedType").asText()).isEqualTo("application/pdf");
        assertThat(report.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(report.get("detail").asText()).isNotBlank();
        assertThat(report.get("time").asText()).isNotBlank();
        assertThat(FAILED.resolve("scan.txt")).hasBinaryContent(pdf);

        RawArticle html = await().atMost(WAIT).until(() -> publishedAs("after-the-bad-one.html"), Optional::isPresent)
                .get();
        assertThat(html.source().mediaType()).isEqualTo("text/html");
        assertThat(reader().articles()).noneMatch(a -> a.source().fileName().equals("scan.txt"));
        given().get("/api/drops/status").then().statusCode(200)
                .body("failedByReason.binary", greaterThanOrEqualTo(1))
                .body("published", greaterThanOrEqualTo(1));
    }

    @Test
    void posted_drop_is_published_and_answered_with_its_id() {
        String id = given().queryParam("name", "posted note.txt").contentType("text/plain; charset=UTF-8")
                .body("Harbour closed for repairs until spring.".getBytes(StandardCharsets.UTF_8))
                .post("/api/drops")
                .then().statusCode(202).body("status", equalTo("published"))
                .body("source.fileName", equalTo("posted note.txt"))
                .extract().path("id");

        RawArticle article = await().atMost(WAIT)
                .until(() -> Optional.ofNullable(reader().byKey().get(id)), Optional::isPresent).get();
        assertThat(article.content()).isEqualTo("Harbour closed for repairs until spring.");
        assertThat(PROCESSED.resolve("posted note.txt")).exists();
    }

    @Test
    void a_posted_page_with_a_stray_nul_is_published_with_decode_errors_and_a_clean_one_without() {
        String head = "<!DOCTYPE html><html><head><title>Harbour</title></head><body>"
                + "<p>Ships came in after the storm.</p>\n".repeat(20);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[headBytes.length + 1 + 14];
        System.arraycopy(headBytes, 0, page, 0, headBytes.length);
        System.arraycopy("</body></html>".getBytes(StandardCharsets.US_ASCII), 0, page, headBytes.length + 1, 14);

        String id = given().queryParam("name", "harbour with nul.html").body(page).post("/api/drops")
                .then().statusCode(202)
                .body("source.decodeErrors.count", equalTo(1))
                .body("source.decodeErrors.firstOffset", equalTo(headBytes.length))
                .extract().path("id");

        RawArticle article = await().atMost(WAIT)
                .until(() -> Optional.ofNullable(reader().byKey().get(id)), Optional::isPresent).get();
        assertThat(article.source().decodeErrors().count()).isEqualTo(1);
        assertThat(article.content()).isEqualTo(head + "\uFFFD</body></html>");
        String clean = given().queryParam("name", "harbour clean.html").body(headBytes).post("/api/drops")
                .then().statusCode(202).extract().asString();
        assertThat(clean).doesNotContain("decodeErrors");
    }

    @Test
    void posted_drop_with_a_path_in_its_name_or_bad_content_is_refused_with_the_reason() {
        given().queryParam("name", "../../etc/passwd").body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/drops").then().statusCode(400).body("reason", equalTo("invalid-name"));
        given().queryParam("name", "").body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/drops").then().statusCode(400).body("reason", equalTo("invalid-name"));
        given().queryParam("name", "empty.txt").body(new byte[0])
                .post("/api/drops").then().statusCode(400).body("reason", equalTo("empty"));
        given().queryParam("name", "image.txt").body(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})
                .post("/api/drops").then().statusCode(415).body("reason", equalTo("binary"))
                .body("detectedType", equalTo("image/png"));
        given().queryParam("name", "huge.txt").body("a".repeat(3_000_001).getBytes(StandardCharsets.US_ASCII))
                .post("/api/drops").then().statusCode(413).body("reason", equalTo("too-large"));
    }

    @Test
    void a_drop_larger_than_the_brokers_default_record_limit_is_published() throws Exception {
        String line = "The harbour authority published its yearly report on shipping traffic.\n";
        String text = line.repeat(2_500_000 / line.length());
        Files.writeString(INBOX.resolve("yearly report.txt"), text);

        RawArticle article = await().atMost(WAIT).until(() -> publishedAs("yearly report.txt"), Optional::isPresent)
                .get();
        assertThat(article.content()).isEqualTo(text);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
            String maxBytes = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value();
            assertThat(Long.parseLong(maxBytes)).isEqualTo(33_554_432L);
        }
    }

    @Test
    void metrics_and_readiness_are_exposed() {
        given().queryParam("name", "metered.txt").body("Counted.".getBytes(StandardCharsets.UTF_8))
                .post("/api/drops").then().statusCode(202);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("newsflow_ingest_files_seen_total", "newsflow_ingest_files_published_total",
                "newsflow_ingest_files_failed_total{reason=\"binary\"", "newsflow_ingest_bytes_published_bytes_total",
                "newsflow_ingest_files_inflight", "newsflow_ingest_files_waiting",
                "newsflow_ingest_oldest_waiting_age_milliseconds");
        given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'inbox' }.status",
                equalTo("UP"));
    }

    @Test
    void status_reports_every_counter() {
        given().get("/api/drops/status").then().statusCode(200)
                .body("seen", greaterThanOrEqualTo(0))
                .body("inFlight", greaterThanOrEqualTo(0))
                .body("waiting", greaterThanOrEqualTo(0))
                .body("bytes", greaterThanOrEqualTo(0))
                .body("oldestWaitingAgeMs", greaterThanOrEqualTo(0))
                .body("failedByReason", org.hamcrest.Matchers.notNullValue());
    }
}
