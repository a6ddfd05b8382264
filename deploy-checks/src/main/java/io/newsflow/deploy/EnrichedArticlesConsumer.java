package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Reads articles.enriched from the beginning and prints one line per article version. */
public final class EnrichedArticlesConsumer {

    /** The schema major version this consumer understands; records of another major are skipped, not misread. */
    static final String TYPE = "io.newsflow.article.enriched.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EnrichedArticlesConsumer() {
    }

    public static void main(String[] args) throws IOException {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(bootstrap, "my-system"))) {
            consumer.subscribe(List.of("articles.enriched"));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    describe(record).ifPresent(System.out::println);
                }
            }
        }
    }

    static Properties config(String bootstrap, String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Your own group: it receives every record, whatever newsflow's own services consume.
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // The topic is compacted by article id: from the beginning you get the latest version of every article.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /** id, language, title and each entity identity once (type, canonical name, stable key). */
    static Optional<String> describe(ConsumerRecord<String, String> record) throws IOException {
        if (record.value() == null) {
            return Optional.of(record.key() + " deleted"); // a tombstone: forget the article
        }
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return Optional.empty(); // another major version of the schema: not for this consumer
        }
        JsonNode article = JSON.readTree(record.value()); // a tree, so fields added later are simply ignored
        Map<String, String> identities = new LinkedHashMap<>();
        for (JsonNode entity : article.path("entities")) {
            identities.putIfAbsent(entity.path("key").asText(),
                    entity.path("type").asText() + " " + entity.path("canonical").asText());
        }
        StringBuilder line = new StringBuilder(record.key()).append(" [").append(article.path("language").asText("?"))
                .append("] ").append(article.path("title").asText(""));
        identities.forEach((key, name) -> line.append(" | ").append(name).append(" (").append(key).append(')'));
        return Optional.of(line.toString());
    }
}
