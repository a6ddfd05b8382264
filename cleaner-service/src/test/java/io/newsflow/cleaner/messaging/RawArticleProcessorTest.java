package io.newsflow.cleaner.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.cleaner.testing.BigDrops;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.contract.Topics;
import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class RawArticleProcessorTest {

    private static final String PAGE = """
            <html><head><title>Lighthouse keeper retires</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Lighthouse keeper retires</h1>
            <p>The last keeper of the point lighthouse handed over the keys on Friday after thirty-one years, and the
            light will now be watched from the control room on the mainland.</p>
            <p>She plans to stay in the cottage beside the tower and to write down the stories of the storms she saw.</p>
            </article><footer>Copyright 2024 Ledger</footer></body></html>""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    @Test
    void rawArticleComesOutCleanKeyedByIdAndAMalformedRecordGoesToTheDeadLetterTopic() throws Exception {
        String goodId = "good-" + UUID.randomUUID();
        String afterBadId = "after-bad-" + UUID.randomUUID();
        String badKey = "bad-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW, goodId, json.writeValueAsString(raw(goodId)))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, badKey, "{not json at all")).get();
            producer.send(new ProducerRecord<>(Topics.RAW, afterBadId, json.writeValueAsString(raw(afterBadId)))).get();
        }

        Map<String, String> clean = consume(Topics.CLEAN, List.of(goodId, afterBadId));
        JsonNode article = json.readTree(clean.get(goodId));
        assertThat(article.path("id").asText()).isEqualTo(goodId);
        assertThat(article.path("title").asText()).isEqualTo("Lighthouse keeper retires");
        assertThat(article.path("text").asText())
                .startsWith("The last keeper of the point lighthouse")
                .contains("mainland.\n\nShe plans to stay")
                .doesNotContain("Home", "Copyright");
        assertThat(article.path("source").path("fileName").asText()).isEqualTo(goodId + ".html");
        assertThat(article.path("removed").findValuesAsText("reason")).contains("navigation", "footer");
        assertThat(article.path("extractionConfidence").asDouble()).isGreaterThan(0);
        assertThat(article.has("extractionFailure")).isFalse();
        assertThat(json.readTree(clean.get(afterBadId)).path("id").asText()).isEqualTo(afterBadId);

        Map<String, String> dead = consume(Topics.RAW_DEAD_LETTER, List.of(badKey));
        assertThat(dead.get(badKey)).isEqualTo("{not json at all");
    }

    @Test
    void aPageWithoutMainTextComesOutAsAFailedExtraction() throws Exception {
        String emptyId = "empty-" + UUID.randomUUID();
        String menuOnly = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW, emptyId, json.writeValueAsString(raw(emptyId, menuOnly))))
                    .get();
        }

        JsonNode article = json.readTree(consume(Topics.CLEAN, List.of(emptyId)).get(emptyId));
        assertThat(article.path("text").asText()).isEmpty();
        assertThat(article.path("extractionConfidence").asDouble(-1)).isZero();
        assertThat(article.path("extractionFailure").asText()).isEqualTo("empty-main-text");
    }

    @Test
    void aPageNestedTwentyThousandLevelsDeepComesOutCleanAndTheNextPageStillFlows() throws Exception {
        String deepId = "deep-" + UUID.randomUUID();
        String nextId = "after-deep-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW, 0, deepId,
                    json.writeValueAsString(raw(deepId, BigDrops.nestedDivs(20_000, 1))))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, 0, nextId, json.writeValueAsString(raw(nextId)))).get();
        }

        Map<String, String> clean = consume(Topics.CLEAN, List.of(deepId, nextId));
        assertThat(json.readTree(clean.get(deepId)).path("text").asText())
                .startsWith(BigDrops.prose(3000, 1).substring(0, 100));
        assertThat(json.readTree(clean.get(nextId)).path("title").asText()).isEqualTo("Lighthouse keeper retires");
    }

    private static RawArticle raw(String id) {
        return raw(id, PAGE);
    }

    private static RawArticle raw(String id, String page) {
        return new RawArticle(id, new Source(id + ".html", id + ".html", page.length(), "0".repeat(64), "UTF-8",
                "text/html", Instant.parse("2024-03-09T10:15:30Z")), page);
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** Values by key of the wanted keys, read from the start of the topic; fails after 60 s without them all. */
    private Map<String, String> consume(String topic, List<String> keys) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, String> found = new java.util.HashMap<>();
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (!found.keySet().containsAll(keys) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key());
                    if (keys.contains(record.key())) {
                        found.put(record.key(), record.value());
                    }
                }
            }
        }
        assertThat(found.keySet()).as("keys on %s (seen %s)", topic, seen).containsAll(keys);
        return found;
    }
}
