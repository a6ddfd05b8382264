package io.newsflow.ingest.files;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;

/** Publishes to a real broker with a plain producer (acks=all), for engine tests outside Quarkus. */
final class KafkaTestPublisher implements ArticlePublisher, AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final boolean reportAcks;

    /** @param reportAcks false to send but never tell the engine, as a process that dies right after sending */
    KafkaTestPublisher(String bootstrapServers, boolean reportAcks) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.reportAcks = reportAcks;
    }

    @Override
    public CompletionStage<Void> publish(RawArticle article) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(Topics.RAW, article.id(), bytes(article)), (metadata, error) -> {
            if (!reportAcks) {
                return;
            }
            if (error != null) {
                acked.completeExceptionally(error);
            } else {
                acked.complete(null);
            }
        });
        return acked;
    }

    @Override
    public long serializedSize(RawArticle article) {
        return bytes(article).length;
    }

    private static byte[] bytes(RawArticle article) {
        try {
            return EngineHarness.JSON.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
