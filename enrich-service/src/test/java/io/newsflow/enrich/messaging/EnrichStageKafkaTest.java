package io.newsflow.enrich.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Schemas;
import io.newsflow.contract.Source;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.config.ConcurrencyDefault;
import io.newsflow.enrich.testing.LongArticles;
import io.newsflow.infra.kafka.PipelineTopics;
import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class EnrichStageKafkaTest {

    private static final String TEXT = "By Ann Lowe | 5 April 2023\n\n"
            + "The ferry operator said Friday that Maria Lindqvist will lead the company from May.\n\n"
            + "The previous chief resigned last month after 12 years in the post.";

    /** A story of its own, so that no other test's article is its original. */
    private static final String COPIED_TEXT = "Divers recovered a bronze bell from the wreck of a grain ship off "
            + "Gotland on Tuesday.\n\nThe museum in Visby will show the bell from next spring, its director said.";

    @Inject
    ObjectMapper json;

    @Inject
    Config config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aCleanArticleComesOutEnrichedKeyedByIdAndValidAgainstThePublishedSchema() throws Exception {
        String id = "enrich-" + UUID.randomUUID();
        send(Topics.CLEAN, id, json.writeValueAsString(article(id, null)));

        ConsumerRecord<String, String> out = awaitKey(Topics.ENRICHED, id);
        JsonNode enriched = json.readTree(out.value());
        assertThat(schemaErrors(enriched)).isEmpty();
        assertThat(enriched.get("id").asText()).isEqualTo(id);
        assertThat(enriched.get("publishedAt").asText()).isEqualTo("2023-04-05");
        assertThat(enriched.get("language").asText()).isEqualTo("en");
        assertThat(enriched.get("dates").findValuesAsText("value")).contains("2023-04-05", "2023-03-31", "2023-03");
        assertThat(enriched.get("entities").findValuesAsText("text")).contains("Maria Lindqvist");
        assertThat(enriched.get("storyId").asText()).isEqualTo(id);
        assertThat(enriched.get("removed").get(0).get("reason").asText()).isEqualTo("share-bar");
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndTheStageKeepsConsuming() throws Exception {
        String notJson = "bad-json-" + UUID.randomUUID();
        String badId = "bad-id-" + UUID.randomUUID();
        String noText = "no-text-" + UUID.randomUUID();
        String after = "after-bad-" + UUID.randomUUID();
        send(Topics.CLEAN, notJson, "{ this is not json");
        send(Topics.CLEAN, badId, json.writeValueAsString(article("id with spaces", LocalDate.of(2023, 4, 5))));
        send(Topics.CLEAN, noText, "{\"id\":\"" + noText + "\",\"source\":null}");
        send(Topics.CLEAN, after, json.writeValueAsString(article(after, LocalDate.of(2023, 4, 5))));

        List<ConsumerRecord<String, String>> dead = awaitKeys(Topics.CLEAN_DEAD_LETTER, List.of(notJson, badId, noText));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(notJson, badId, noText);
        // Nothing is lost: the dead letter keeps the original value and says why it was refused.
        assertThat(valueOf(dead, notJson)).isEqualTo("{ this is not json");
        assertThat(valueOf(dead, badId)).contains("id with spaces");
        assertThat(reasonOf(dead, badId)).contains("article id must match");
        assertThat(reasonOf(dead, noText)).contains("has no source");
        ConsumerRecord<String, String> survivor = awaitKey(Topics.ENRICHED, after);
        assertThat(schemaErrors(json.readTree(survivor.value()))).isEmpty();
    }

    @Test
    void aMultiMegabyteArticleIsEnrichedFromItsLeadAndTheNextArticleInItsPartitionStillFlows() throws Exception {
        String big = "big-" + UUID.randomUUID();
        String next = "after-big-" + UUID.randomUUID();
        String text = LongArticles.text(3_000_000, 5);
        allowPipelineRecordSize(Topics.CLEAN, Topics.ENRICHED);
        send(Topics.CLEAN, 0, big, json.writeValueAsString(article(big, LocalDate.of(2023, 4, 5), text)));
        send(Topics.CLEAN, 0, next, json.writeValueAsString(article(next, LocalDate.of(2023, 4, 5))));

        Map<String, JsonNode> out = awaitKeys(Topics.ENRICHED, List.of(big, next)).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> readTree(r.value())));
        JsonNode enriched = out.get(big);
        assertThat(schemaErrors(enriched)).isEmpty();
        assertThat(enriched.get("text").asText()).isEqualTo(text);
        int window = config.getValue("newsflow.enrich.nlp.max-chars", Integer.class);
        assertThat(enriched.get("entities").findValues("end")).isNotEmpty()
                .allSatisfy(end -> assertThat(end.asInt()).isLessThanOrEqualTo(window));
        assertThat(out.get(next).get("entities").findValuesAsText("text")).contains("Maria Lindqvist");
        RestAssured.when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("newsflow_enrich_nlp_truncated_total"));
    }

    @Test
    void oneConsumerPerPartitionEnrichesInParallel() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<MemberDescription> members = admin.describeConsumerGroups(List.of("newsflow-enrich"))
                        .describedGroups().get("newsflow-enrich").get().members().stream().toList();
                // %test.newsflow.enrich.concurrency=3: three consumers, one partition of articles.clean each.
                assertThat(members).hasSize(3).allSatisfy(member -> assertThat(member.assignment().topicPartitions())
                        .singleElement().satisfies(tp -> assertThat(tp.topic()).isEqualTo(Topics.CLEAN)));
            });
        }
    }

    @Test
    void theMachineDependentDefaultIsInPlaceBelowTheProfilesSetting() {
        assertThat(config.getConfigSources()).extracting(ConfigSource::getName)
                .contains(new ConcurrencyDefault().getName());
        assertThat(config.getValue("mp.messaging.incoming.articles-clean.concurrency", Integer.class)).isEqualTo(3);
    }

    @Test
    void copiesInOnePartitionAreJudgedInPartitionOrderWhileOtherPartitionsRun() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> copies = List.of("first-" + run, "second-" + run, "third-" + run);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int partition : new int[] {0, 2}) {
                String id = "other-" + partition + "-" + i + "-" + run;
                others.add(id);
                send(Topics.CLEAN, partition, id, json.writeValueAsString(article(id, LocalDate.of(2023, 4, 5),
                        "Ticket sales for the autumn fair in Partition" + partition + " rose by " + (10 + i)
                                + " percent on Monday, the organisers said.")));
            }
        }
        for (String id : copies) {
            send(Topics.CLEAN, 1, id, json.writeValueAsString(article(id, LocalDate.of(2023, 4, 5), COPIED_TEXT)));
        }

        Map<String, JsonNode> out = awaitKeys(Topics.ENRICHED, concat(copies, others)).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> readTree(r.value())));
        JsonNode first = out.get(copies.get(0));
        assertThat(first.get("duplicateOf").isNull()).as("the first copy in the partition is the original").isTrue();
        for (String copy : copies.subList(1, copies.size())) {
            assertThat(out.get(copy).get("duplicateOf").asText()).isEqualTo(copies.get(0));
            assertThat(out.get(copy).get("storyId").asText()).isEqualTo(copies.get(0));
        }
    }

    @Test
    void readinessReportsTheLoadedModels() {
        RestAssured.when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("enrich-models"));
    }

    /** As {@code PipelineTopics} sets up a real deployment; here the topics may already exist with 1 MB. */
    private void allowPipelineRecordSize(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
            for (String topic : topics) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                        new ConfigEntry("max.message.bytes", PipelineTopics.MAX_MESSAGE_BYTES),
                        AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }

    private static String valueOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static String reasonOf(List<ConsumerRecord<String, String>> records, String key) {
        Header reason = records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow()
                .headers().lastHeader("dead-letter-reason");
        assertThat(reason).as("dead-letter-reason header of %s", key).isNotNull();
        return new String(reason.value(), StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CleanArticle article(String id, LocalDate publishedAt) {
        return article(id, publishedAt, TEXT);
    }

    private static CleanArticle article(String id, LocalDate publishedAt, String text) {
        Source source = new Source("ferry news.txt", "ferry news.txt", 512, "b".repeat(64), "UTF-8", "text/plain",
                Instant.parse("2026-11-21T05:00:00Z"));
        return new CleanArticle(id, source, "New chief for the ferry line", "Ann Lowe", publishedAt, text,
                List.of(new RemovedBlock("Share on social media", "share-bar")));
    }

    private static List<ValidationMessage> schemaErrors(JsonNode value) throws IOException {
        try (InputStream schema = Schemas.open(Topics.ENRICHED)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema, config);
            return new ArrayList<>(validator.validate(value));
        }
    }

    private void send(String topic, String key, String value) throws Exception {
        send(topic, null, key, value);
    }

    /** Sends to the given partition, or to the key's partition when it is null. */
    private void send(String topic, Integer partition, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33_554_432);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
        }
    }

    private ConsumerRecord<String, String> awaitKey(String topic, String key) {
        return awaitKeys(topic, List.of(key)).get(0);
    }

    /** Reads the topic from the start until every key has been seen, or fails after a minute. */
    private List<ConsumerRecord<String, String>> awaitKeys(String topic, List<String> keys) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < keys.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).as("records with keys %s on %s", keys, topic).hasSameSizeAs(keys);
        return found;
    }
}
