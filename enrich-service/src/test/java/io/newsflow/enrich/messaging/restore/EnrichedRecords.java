package io.newsflow.enrich.messaging.restore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;

/** Records as an earlier run of the enrich stage left them on articles.enriched. */
final class EnrichedRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static byte[] json(String id, String text, Fingerprint fingerprint, DuplicateVerdict verdict) {
        return json(id, text, fingerprint, verdict, null);
    }

    /** A record of an article whose extraction failed with the given reason (null: not failed, or not said). */
    static byte[] json(String id, String text, Fingerprint fingerprint, DuplicateVerdict verdict,
            String extractionFailure) {
        Source source = new Source(id + ".txt", id + ".txt", text.length(), "0".repeat(64), "UTF-8", "text/plain",
                Instant.parse("2024-04-14T09:00:00Z"));
        EnrichedArticle article = new EnrichedArticle(id, source, "Title of " + id, null, LocalDate.of(2024, 4, 14),
                "en", text, List.of(), List.of(), fingerprint.contentHash(), fingerprint.simhash(),
                fingerprint.minhash(), verdict.duplicateOf(), verdict.nearDuplicateOf(), verdict.storyId(), List.of(), null,
                extractionFailure == null ? null : 0.0, extractionFailure);
        try {
            return MAPPER.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes values keyed by id to articles.enriched and waits for every acknowledgement. */
    static void publish(String bootstrapServers, List<ProducerRecord<String, byte[]>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + Topics.ENRICHED, e);
        }
    }

    static ProducerRecord<String, byte[]> record(String id, byte[] value) {
        return new ProducerRecord<>(Topics.ENRICHED, id, value);
    }

    private EnrichedRecords() {
    }
}
