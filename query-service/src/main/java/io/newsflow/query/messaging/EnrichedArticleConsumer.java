package io.newsflow.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.query.domain.EnrichedArticleReader;
import io.newsflow.query.domain.InvalidRecordException;
import io.newsflow.query.persistence.ArticleStore;
import io.smallrye.common.annotation.Blocking;

/**
 * Stores every article from articles.enriched. A record that cannot be read or stored throws, which sends it to
 * articles.enriched.dlq (failure-strategy=dead-letter-queue) while consumption goes on.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private final EnrichedArticleReader reader;
    private final ArticleStore store;

    public EnrichedArticleConsumer(ObjectMapper mapper, ArticleStore store) {
        this.reader = new EnrichedArticleReader(mapper);
        this.store = store;
    }

    @Incoming(QueryChannels.ENRICHED_IN)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        EnrichedArticle article;
        try {
            article = reader.read(record.key(), record.value());
        } catch (InvalidRecordException e) {
            LOG.warnf("Rejected record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw e;
        }
        ArticleStore.Upsert outcome = store.upsert(article);
        LOG.debugf("%s article %s (%s)", outcome, article.id(), article.source().fileName());
    }
}
