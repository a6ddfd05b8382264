package io.newsflow.enrich;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.entities.EntityRecognizer;

/**
 * Assembles the plain-Java stage. The entity recognizer, the fingerprint function and the duplicate index are beans
 * of their own packages: exactly one bean each of {@code EntityRecognizer}, {@code Function<String, Fingerprint>}
 * and {@code DuplicateIndex} must exist.
 */
@ApplicationScoped
public class EnrichBeans {

    @Produces
    @Singleton
    ArticleEnricher articleEnricher(NlpModels models, EnrichConfig config, EntityRecognizer entities,
            Function<String, Fingerprint> fingerprinter, DuplicateIndex duplicates) {
        EnrichConfig.Publication publication = config.publication();
        PublicationDateRule rule = new PublicationDateRule(models.dates(), publication.leadParagraphs(),
                publication.bylineMaxChars(), publication.datelineMaxOffset());
        return new ArticleEnricher(models.dates(), rule, models.languages(), entities, fingerprinter, duplicates);
    }
}
