package io.newsflow.query.messaging;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

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
 * Stores every article from articles.enriched, and removes one on a tombstone (null value). A record that cannot be read goes straight to articles.enriched.dlq
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
    private final Map<ArticleStore.Outcome, Counter> outcomes = new EnumMap<>(ArticleStore.Outcome.class);
    private final Counter rejected;
    private final Counter retries;

    public EnrichedArticleConsumer(ObjectMapper mapper, ArticleStore store, MeterRegistry registry,
            QueryConfig config) {
        this.reader = new EnrichedArticleReader(mapper);
        this.store = store;
        // Registered up front so dashboards see zeros before the first record.
        for (ArticleStore.Outcome outcome : ArticleStore.Outcome.values()) {
            String tag = outcome.name().toLowerCase(Locale.ROOT);
            outcomes.put(outcome, registry.counter(ARTICLES_METRIC, "outcome", tag));
        }
        this.rejected = registry.counter(ARTICLES_METRIC, "outcome", "rejected");
        this.retries = registry.counter("newsflow.query.store.retries");
        this.retry = new Retry(config.storeRetries(), config.storeRetryDelay(), config.storeRetryMaxDelay(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    @Incoming(QueryChannels.ENRICHED_IN)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String at = record.topic() + "-" + record.partition() + "@" + record.offset();
        // A null value keyed by an id is a tombstone, as on a compacted topic: the article is withdrawn.
        boolean tombstone = record.value() == null && record.key() != null;
        ArticleStore.Outcome outcome = retry.call(
                () -> tombstone ? store.delete(record.key()) : store.upsert(read(record, at)),
                StoreFailures::isPermanent,
                (attempt, wait, failure) -> {
                    retries.increment();
                    LOG.warnf("Storing record %s at %s failed (attempt %d), retrying in %s: %s", record.key(), at,
                            attempt, wait, failure.getMessage());
                });
        outcomes.get(outcome).increment();
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
