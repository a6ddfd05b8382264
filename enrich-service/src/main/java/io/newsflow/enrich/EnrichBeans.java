package io.newsflow.enrich;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.enrich.config.EnrichConfig;
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

    @Produces
    @Singleton
    @Startup
    ArticleEnricher articleEnricher(NlpModels models, EnrichConfig config, Fingerprinter fingerprinter,
            DuplicateIndex duplicates) {
        EnrichConfig.Publication publication = config.publication();
        PublicationDateRule rule = new PublicationDateRule(models.dates(), publication.leadParagraphs(),
                publication.bylineMaxChars(), publication.datelineMaxOffset());
        return new ArticleEnricher(models.dates(), rule, models.languages(), models.entities(), fingerprinter,
                duplicates);
    }
}
