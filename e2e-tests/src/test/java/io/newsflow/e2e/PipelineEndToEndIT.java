package io.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.newsflow.contract.Schemas;
import io.newsflow.contract.Topics;

import io.newsflow.infra.launcher.LocalPipeline;
import io.newsflow.infra.launcher.ServiceDefinition;

/**
 * Drops files into the inbox of the four services running as separate processes (real KRaft broker, real PostgreSQL)
 * and checks, through the query API only, what a user would see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    @TempDir
    static Path workDir;

    private static LocalPipeline pipeline;
    private static String scrapedId;

    @BeforeAll
    static void startPipeline() {
        Path root = Path.of(System.getProperty("newsflow.project.root", "..")).toAbsolutePath().normalize();
        LocalPipeline.Layout layout = new LocalPipeline.Layout(root, workDir.resolve("data"),
                workDir.resolve("drops/inbox"), false, false);
        pipeline = LocalPipeline.start(layout, message -> System.out.println("[e2e] " + message));
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void scrapedTextDropBecomesACleanEnrichedQueryableArticle() throws IOException {
        drop("drops/harbour-scraped.txt", "harbour strike.txt");

        JsonNode summary = awaitArticle("Klaipeda");
        scrapedId = summary.path("id").asText();
        JsonNode article = getJson("/api/articles/" + scrapedId);

        assertThat(article.path("title").asText()).isEqualTo("Harbour Workers in Klaipeda Vote to End Three-Week Strike");
        assertThat(article.path("author").asText()).isEqualTo("Ruta Jankauskiene");
        assertThat(article.path("publishedAt").asText()).isEqualTo("2024-03-15");
        assertThat(article.path("language").asText()).isEqualTo("en");
        String text = article.path("text").asText();
        assertThat(text)
                .contains("Dock workers at the port of Klaipeda voted on Thursday")
                .contains("Petrauskas said the workers would hold the management")
                .doesNotContain("Support us", "top of page", "Leave a Reply", "Your email address", "Photo: Tomas",
                        "Facebook", "advertising", "date 2024-03-15");
        assertThat(article.path("source").path("fileName").asText()).isEqualTo("harbour strike.txt");
        assertThat(article.path("source").path("charset").asText()).isNotBlank();
        assertThat(article.path("source").path("sizeBytes").asLong()).isPositive();
        assertThat(article.path("contentHash").asText()).matches("[0-9a-f]{64}");
        assertThat(article.path("simhash").asText()).matches("[0-9a-f]{16}");
        assertThat(article.path("duplicateOf").isNull()).isTrue();

        List<String> dateValues = values(article.path("dates"), "value");
        // "Thursday" resolves against the publication day (Friday 2024-03-15); "end of 2024" keeps its year.
        assertThat(dateValues).contains("2024-03-14");
        assertThat(dateValues).anyMatch(value -> value.startsWith("2024"));
        for (JsonNode date : article.path("dates")) {
            assertThat(text.substring(date.path("start").asInt(), date.path("end").asInt()))
                    .isEqualTo(date.path("text").asText());
        }

        List<String> entityTexts = values(article.path("entities"), "text");
        assertThat(entityTexts).contains("Darius Petrauskas", "Klaipeda", "Vilnius");
        for (JsonNode entity : article.path("entities")) {
            assertThat(entity.path("key").asText()).isNotBlank();
            assertThat(text.substring(entity.path("start").asInt(), entity.path("end").asInt()))
                    .isEqualTo(entity.path("text").asText());
        }
        JsonNode petrauskas = findEntity(article, "Petrauskas");
        JsonNode fullName = findEntity(article, "Darius Petrauskas");
        assertThat(petrauskas.path("key").asText()).isEqualTo(fullName.path("key").asText());

        assertThat(Files.list(pipeline.layout().processedDir()).map(p -> p.getFileName().toString()))
                .contains("harbour strike.txt");
    }

    @Test
    @Order(2)
    void htmlPageDropKeepsTheArticleAndItsMetadataOnly() throws IOException {
        drop("drops/observatory.html", "observatory.html");

        JsonNode summary = awaitArticle("Atacama");
        JsonNode article = getJson("/api/articles/" + summary.path("id").asText());

        assertThat(article.path("title").asText()).isEqualTo("New Telescope Opens in the Atacama Desert");
        assertThat(article.path("publishedAt").asText()).isEqualTo("2023-11-08");
        assertThat(article.path("author").asText()).isEqualTo("Elena Marquez");
        assertThat(article.path("source").path("mediaType").asText()).isEqualTo("text/html");
        assertThat(article.path("text").asText())
                .contains("map the southern sky every three nights")
                .contains("Funding for the next decade was approved")
                .doesNotContain("cookies", "Related articles", "Five facts about dark matter", "All rights reserved",
                        "Share on Facebook", "About us");
        assertThat(values(article.path("entities"), "type")).contains("ORG", "LOC", "PERSON");
    }

    @Test
    @Order(3)
    void exactCopyUnderAnotherNameIsKeptButMarkedAsDuplicateAndHiddenFromTheList() throws IOException {
        assertThat(scrapedId).as("the original must have arrived first").isNotNull();
        drop("drops/harbour-scraped.txt", "copy of harbour strike.txt");

        await().atMost(ARRIVAL).pollInterval(Duration.ofSeconds(1)).until(
                () -> getJson("/api/articles?q=Klaipeda&includeDuplicates=true").path("total").asInt() == 2);
        JsonNode all = getJson("/api/articles?q=Klaipeda&includeDuplicates=true");
        JsonNode copy = null;
        for (JsonNode item : all.path("items")) {
            if (!item.path("id").asText().equals(scrapedId)) {
                copy = getJson("/api/articles/" + item.path("id").asText());
            }
        }
        assertThat(copy).isNotNull();
        assertThat(copy.path("duplicateOf").asText()).isEqualTo(scrapedId);
        assertThat(copy.path("source").path("fileName").asText()).isEqualTo("copy of harbour strike.txt");
        assertThat(copy.path("contentHash").asText())
                .isEqualTo(getJson("/api/articles/" + scrapedId).path("contentHash").asText());

        JsonNode visible = getJson("/api/articles?q=Klaipeda");
        assertThat(visible.path("total").asInt()).isEqualTo(1);
        assertThat(visible.path("items").get(0).path("id").asText()).isEqualTo(scrapedId);
    }

    @Test
    @Order(4)
    void searchesByEntitySpellingAndLanguageAndDateRange() {
        assertThat(ids(getJson("/api/articles?entity=" + encode("Darius Petrauskas")))).containsExactly(scrapedId);
        assertThat(getJson("/api/articles?lang=en").path("total").asInt()).isEqualTo(2);
        assertThat(ids(getJson("/api/articles?from=2024-01-01&to=2024-12-31"))).containsExactly(scrapedId);
    }

    @Test
    @Order(5)
    void everyRecordOnTheEnrichedTopicIsAValidCloudEventOfThePublishedSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Schemas.open(Topics.ENRICHED));
        List<ConsumerRecord<String, String>> records = readAll(Topics.ENRICHED);

        assertThat(records).hasSizeGreaterThanOrEqualTo(3);
        for (ConsumerRecord<String, String> record : records) {
            JsonNode value = JSON.readTree(record.value());
            assertThat(schema.validate(value)).as("record %s", record.key()).isEmpty();
            assertThat(record.key()).isEqualTo(value.path("id").asText());
            assertThat(header(record, "ce_type")).isEqualTo("io.newsflow.article.enriched.v" + Schemas.VERSION);
            assertThat(header(record, "ce_source")).isEqualTo("/newsflow/enrich-service");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "ce_dataschema")).endsWith("articles.enriched.v" + Schemas.VERSION + ".json");
        }
    }

    @Test
    @Order(6)
    void russianDropInWindows1251IsDecodedAndItsNamesShareTheEnglishIdentities() throws IOException {
        assertThat(scrapedId).as("the English report must have arrived first").isNotNull();
        drop("drops/klaipeda-ru.cp1251.txt", "клайпеда забастовка.txt");

        await().atMost(ARRIVAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> getJson("/api/articles?lang=ru").path("total").asInt() > 0);
        JsonNode article = getJson("/api/articles/" + ids(getJson("/api/articles?lang=ru")).get(0));

        assertThat(article.path("source").path("charset").asText()).isEqualTo("windows-1251");
        assertThat(article.path("source").path("fileName").asText()).isEqualTo("клайпеда забастовка.txt");
        assertThat(article.path("title").asText()).isEqualTo("Докеры Клайпеды завершили трёхнедельную забастовку");
        assertThat(article.path("text").asText()).contains("Председатель профсоюза Дариус Петраускас");
        // Another language and script: the same event, but not a copy of the English report.
        assertThat(article.path("duplicateOf").isNull()).isTrue();
        assertThat(article.path("nearDuplicateOf").isNull()).isTrue();

        String englishKey = findEntity(getJson("/api/articles/" + scrapedId), "Darius Petrauskas").path("key").asText();
        assertThat(findEntity(article, "Дариус Петраускас").path("key").asText()).isEqualTo(englishKey);
        assertThat(findEntity(article, "Петраускас").path("key").asText()).isEqualTo(englishKey);
        assertThat(ids(getJson("/api/articles?entity=" + encode("Петраускас"))))
                .containsExactlyInAnyOrder(scrapedId, article.path("id").asText());
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void drop(String fixture, String fileName) throws IOException {
        Path inbox = pipeline.layout().inbox();
        // Written under a hidden name and renamed, as careful producers do: the watcher must ignore the partial file.
        Path partial = inbox.resolve("." + fileName + ".part");
        try (InputStream in = PipelineEndToEndIT.class.getClassLoader().getResourceAsStream(fixture)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, inbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    private static JsonNode awaitArticle(String query) {
        await().atMost(ARRIVAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> getJson("/api/articles?q=" + encode(query)).path("total").asInt() > 0);
        return getJson("/api/articles?q=" + encode(query)).path("items").get(0);
    }

    private static JsonNode findEntity(JsonNode article, String text) {
        for (JsonNode entity : article.path("entities")) {
            if (entity.path("text").asText().equals(text)) {
                return entity;
            }
        }
        throw new AssertionError("no entity mention '" + text + "' in " + article.path("entities"));
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    private static List<String> ids(JsonNode page) {
        return values(page.path("items"), "id");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode getJson(String path) {
        URI uri = pipeline.service(ServiceDefinition.QUERY).url(path);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + uri + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
