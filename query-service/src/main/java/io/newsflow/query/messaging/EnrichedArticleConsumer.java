package io.newsflow.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.query.config.QueryConfig;
import io.newsflow.query.domain.EnrichedArticleReader;
import io.newsflow.query.domain.InvalidRecordException;
import io.newsflow.query.domain.Retry;
import io.newsflow.query.domain.StoreFailures;
import io.newsflow.query.persistence.ArticleStore;
import io.smallrye.common.annotation.Blocking;

/**
 * Stores every article from articles.enriched. A record that cannot be read goes straight to articles.enriched.dlq
 * (failure-strategy=dead-letter-queue) while consumption goes on, and so does one the database refuses for its data;
 * any other store failure is retried with backoff first, so a database restart does not dead-letter what arrives
 * meanwhile.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final String ARTICLES_METRIC = "newsflow.query.articles";

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private final EnrichedArticleReader reader;
    private final ArticleStore store;
    private final Retry retry;
    private final Counter created;
    private final Counter updated;
    private final Counter rejected;
    private final Counter retries;

    public EnrichedArticleConsumer(ObjectMapper mapper, ArticleStore store, MeterRegistry registry,
            QueryConfig config) {
        this.reader = new EnrichedArticleReader(mapper);
        this.store = store;
        // Registered up front so dashboards see zeros before the first record.
        this.created = registry.counter(ARTICLES_METRIC, "outcome", "created");
        this.updated = registry.counter(ARTICLES_METRIC, "outcome", "updated");
        this.rejected = registry.counter(ARTICLES_METRIC, "outcome", "rejected");
        this.retries = registry.counter("newsflow.query.store.retries");
        this.retry = new Retry(config.storeRetries(), config.storeRetryDelay(), config.storeRetryMaxDelay(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    @Incoming(QueryChannels.ENRICHED_IN)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String at = record.topic() + "-" + record.partition() + "@" + record.offset();
        ArticleStore.Upsert outcome = retry.call(() -> store.upsert(read(record, at)), StoreFailures::isPermanent,
                (attempt, wait, failure) -> {
                    retries.increment();
                    LOG.warnf("Storing record %s at %s failed (attempt %d), retrying in %s: %s", record.key(), at,
                            attempt, wait, failure.getMessage());
                });
        (outcome == ArticleStore.Upsert.CREATED ? created : updated).increment();
    }

    private EnrichedArticle read(ConsumerRecord<String, String> record, String at) {
        try {
            return reader.read(record.key(), record.value());
        } catch (InvalidRecordException e) {
            rejected.increment();
            LOG.warnf("Rejected record %s at %s: %s", record.key(), at, e.getMessage());
            throw e;
        }
    }
}
