package io.newsflow.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contract.Topics;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The example consumer of docs/contract.md against a real broker, on an articles.enriched topic created with the
 * settings of its KafkaTopic manifest (compacted), and the snippet in the document is this very source.
 */
class EnrichedArticlesConsumerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBrokerWithTheManifestTopic() throws Exception {
        broker = EmbeddedKafkaBroker.startTemporary();
        CustomResources.KafkaTopic manifest = TopicManifests.base(Topics.ENRICHED).orElseThrow();
        Map<String, String> config = TopicManifests.config(manifest);
        config.put("min.insync.replicas", "1");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.ENRICHED, manifest.spec().partitions(), (short) 1).configs(config)))
                    .all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static ProducerRecord<String, String> event(String key, String value, String type) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ENRICHED, key, value);
        if (type != null) {
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", ("evt-" + key + "-" + type).getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", type.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/newsflow/enrich-service".getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void printsEachArticleWithItsIdentitiesSkipsOtherMajorsAndSeesDeletes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode article = json.createObjectNode().put("id", "a1").put("title", "Harbour reopens").put("language", "en");
        article.putArray("entities")
                .add(json.createObjectNode().put("text", "Port Authority").put("type", "ORG")
                        .put("canonical", "Port Authority").put("key", "org:port-authority"))
                .add(json.createObjectNode().put("text", "the Port Authority").put("type", "ORG")
                        .put("canonical", "Port Authority").put("key", "org:port-authority"))
                .add(json.createObjectNode().put("text", "Marta Voss").put("type", "PERSON")
                        .put("canonical", "Marta Voss").put("key", "person:marta-voss"));
        article.put("addedInALaterMinorVersion", true);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(event("a1", article.toString(), EnrichedArticlesConsumer.TYPE)).get();
            producer.send(event("a2", "{\"id\":\"a2\",\"shape\":\"v2\"}", "io.newsflow.article.enriched.v2")).get();
            producer.send(event("a1", null, null)).get();
        }

        List<String> lines = new ArrayList<>();
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(EnrichedArticlesConsumer.config(broker.bootstrapServers(), "example-test"))) {
            consumer.subscribe(List.of(Topics.ENRICHED));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen++;
                    EnrichedArticlesConsumer.describe(record).ifPresent(lines::add);
                }
            }
        }
        assertThat(seen).as("records read").isEqualTo(3);
        assertThat(lines).containsExactly(
                "a1 [en] Harbour reopens | ORG Port Authority (org:port-authority) | PERSON Marta Voss (person:marta-voss)",
                "a1 deleted");
    }

    @Test
    void theCompactedTopicRefusesRecordsWithoutTheArticleIdKey() {
        try (KafkaProducer<String, String> producer = producer()) {
            assertThatThrownBy(() -> producer.send(event(null, "{\"id\":\"x\"}", EnrichedArticlesConsumer.TYPE)).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("key");
        }
    }

    @Test
    void contractDocumentShowsThisConsumerAndTheKcatCommand() {
        String contract = Repo.read(Repo.path("docs/contract.md"));
        String source = Repo.read(Repo.path("deploy-checks/src/main/java/io/newsflow/deploy/EnrichedArticlesConsumer.java"));
        assertThat(contract).as("docs/contract.md embeds EnrichedArticlesConsumer.java verbatim").contains(source.strip());
        assertThat(contract).contains("kcat -b localhost:9092 -t articles.enriched -C -e");
        assertThat(contract).contains(EnrichedArticlesConsumer.TYPE);
    }
}
