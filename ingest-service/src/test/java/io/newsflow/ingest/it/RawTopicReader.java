package io.newsflow.ingest.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;

/** Reads articles.raw from the beginning with a plain consumer, as the cleaner would. */
public final class RawTopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public RawTopicReader(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024 * 1024);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.RAW));
    }

    /** Polls once more and returns everything read so far. */
    public List<ConsumerRecord<String, String>> poll() {
        pollNew();
        return List.copyOf(records);
    }

    /** Polls once more and returns only what this poll read. */
    public List<ConsumerRecord<String, String>> pollNew() {
        List<ConsumerRecord<String, String>> fresh = new ArrayList<>();
        consumer.poll(Duration.ofMillis(300)).forEach(fresh::add);
        records.addAll(fresh);
        return fresh;
    }

    public List<RawArticle> articles() {
        return poll().stream().map(r -> parse(r.value())).toList();
    }

    /** Article id (record key) to article. */
    public Map<String, RawArticle> byKey() {
        Map<String, RawArticle> result = new LinkedHashMap<>();
        poll().forEach(r -> result.put(r.key(), parse(r.value())));
        return result;
    }

    public static RawArticle parse(String json) {
        try {
            return JSON.readValue(json, RawArticle.class);
        } catch (Exception e) {
            throw new IllegalStateException("not a RawArticle: " + json, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
