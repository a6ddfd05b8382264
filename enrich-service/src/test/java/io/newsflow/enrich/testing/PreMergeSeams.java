package io.newsflow.enrich.testing;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.quarkus.arc.DefaultBean;

/**
 * TEST ONLY, PRE-MERGE: lets the @QuarkusTest start before the real entity and duplicate beans are merged in. Each
 * producer is a {@link DefaultBean}: as soon as production code provides a bean of the same type, it wins and these
 * are ignored. Delete this class once those beans exist.
 */
@ApplicationScoped
public class PreMergeSeams {

    @Produces
    @Singleton
    @DefaultBean
    EntityRecognizer entityRecognizer() {
        return new CapitalizedPhraseRecognizer();
    }

    @Produces
    @Singleton
    @DefaultBean
    Function<String, Fingerprint> fingerprinter() {
        return new HashOnlyFingerprinter();
    }

    @Produces
    @Singleton
    @DefaultBean
    DuplicateIndex duplicateIndex() {
        return new ExactDuplicateIndex();
    }
}
