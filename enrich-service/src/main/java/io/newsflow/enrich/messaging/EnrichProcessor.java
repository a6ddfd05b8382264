package io.newsflow.enrich.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * articles.clean to articles.enriched, keyed by article id. A record that cannot be read or enriched is nacked and
 * lands on articles.clean.dlq; the stage goes on with the next one. The channel runs {@code newsflow.enrich.concurrency}
 * consumers (see application.properties): this method is called by all of them at once, each in partition order.
 */
@ApplicationScoped
public class EnrichProcessor {

    private final ArticleEnricher enricher;

    EnrichProcessor(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @Incoming(EnrichChannels.CLEAN_IN)
    @Outgoing(EnrichChannels.ENRICHED_OUT)
    @Blocking // NLP work takes tens of milliseconds; ordered (the default) keeps each consumer's partition order
    public Record<String, EnrichedArticle> enrich(CleanArticle article) {
        EnrichedArticle enriched = enricher.enrich(article);
        return Record.of(enriched.id(), enriched);
    }
}
