package io.newsflow.enrich;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.domain.AnalysisWindow;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.quarkus.runtime.Startup;

/**
 * Assembles the plain-Java stage from the loaded models and the duplicate index (restored from articles.enriched
 * before messaging starts). Built at start-up, so the first record is not late and readiness means what it says.
 */
@ApplicationScoped
public class EnrichBeans {

    private static final Logger LOG = Logger.getLogger(EnrichBeans.class);

    @Produces
    @Singleton
    @Startup
    ArticleEnricher articleEnricher(NlpModels models, EnrichConfig config, Fingerprinter fingerprinter,
            DuplicateIndex duplicates, MeterRegistry registry) {
        EnrichConfig.Publication publication = config.publication();
        PublicationDateRule rule = new PublicationDateRule(models.dates(), publication.leadParagraphs(),
                publication.bylineMaxChars(), publication.datelineMaxOffset());
        Counter truncated = registry.counter("newsflow.enrich.nlp.truncated");
        return new ArticleEnricher(models.dates(), rule, models.languages(), models.entities(), fingerprinter,
                duplicates, new AnalysisWindow(config.nlp().maxChars()), (id, analysedChars, textChars) -> {
                    truncated.increment();
                    LOG.infof("Article %s: dates and entities from its first %d of %d chars "
                            + "(newsflow.enrich.nlp.max-chars)", id, analysedChars, textChars);
                });
    }
}
