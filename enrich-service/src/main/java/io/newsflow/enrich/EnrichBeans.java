package io.newsflow.enrich;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.quarkus.runtime.Startup;

/**
 * Assembles the plain-Java stage. The entity recognizer, the fingerprint function and the duplicate index are beans
 * of their own packages ({@code domain.entities}, {@code domain.duplicates}): exactly one bean each of
 * {@code EntityRecognizer}, {@code Function<String, Fingerprint>} and {@code DuplicateIndex} must exist. They are
 * looked up when the stage is assembled, at start-up (before the first record and before readiness), so a missing
 * one stops the service with a message naming it.
 */
@ApplicationScoped
public class EnrichBeans {

    @Produces
    @Singleton
    @Startup
    ArticleEnricher articleEnricher(NlpModels models, EnrichConfig config, Instance<EntityRecognizer> entities,
            Instance<Function<String, Fingerprint>> fingerprinter, Instance<DuplicateIndex> duplicates) {
        EnrichConfig.Publication publication = config.publication();
        PublicationDateRule rule = new PublicationDateRule(models.dates(), publication.leadParagraphs(),
                publication.bylineMaxChars(), publication.datelineMaxOffset());
        return new ArticleEnricher(models.dates(), rule, models.languages(),
                one(entities, "EntityRecognizer"),
                one(fingerprinter, "Function<String, Fingerprint>"),
                one(duplicates, "DuplicateIndex"));
    }

    private static <T> T one(Instance<T> beans, String type) {
        if (!beans.isResolvable()) {
            throw new IllegalStateException("The enrich stage needs exactly one bean of type " + type + ", found "
                    + (beans.isUnsatisfied() ? "none" : "several"));
        }
        return beans.get();
    }
}
