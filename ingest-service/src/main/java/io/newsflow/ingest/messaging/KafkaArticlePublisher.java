package io.newsflow.ingest.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.files.ArticlePublisher;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends raw articles keyed by id; the returned stage completes when the broker acknowledged (acks=all). */
@ApplicationScoped
public class KafkaArticlePublisher implements ArticlePublisher {

    @Inject
    @Channel(IngestChannels.RAW_OUT)
    // The engine bounds unacknowledged sends (newsflow.ingest.max-pending), so this buffer never fills.
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<RawArticle> emitter;

    @Inject
    ObjectMapper objectMapper;

    @Override
    public CompletionStage<Void> publish(RawArticle article) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        emitter.send(Message.of(article, metadata,
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                reason -> {
                    acked.completeExceptionally(reason);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    @Override
    public long serializedSize(RawArticle article) {
        try {
            return objectMapper.writeValueAsBytes(article).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize article " + article.id(), e);
        }
    }
}
