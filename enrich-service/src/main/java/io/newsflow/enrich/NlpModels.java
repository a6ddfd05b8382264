package io.newsflow.enrich;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.domain.entities.LanguageRoutedEntityRecognizer;
import io.newsflow.enrich.domain.entities.NativeNerModels;
import io.newsflow.enrich.domain.entities.PlaceSpotter;
import io.newsflow.enrich.domain.language.LanguageIdentifier;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;
import io.quarkus.runtime.Startup;

/**
 * The stage's own statistical models, loaded once when the service starts (not on the first record), so the first
 * article is not seconds late and readiness means what it says.
 */
@Startup
@Singleton
public class NlpModels {

    private static final Logger LOG = Logger.getLogger(NlpModels.class);

    private final TemporalExpressionExtractor dates;
    private final LanguageIdentifier languages;
    private final EntityRecognizer entities;
    private final long datesLoadMillis;
    private final long languagesLoadMillis;
    private final long entitiesLoadMillis;

    NlpModels(EnrichConfig config) {
        if (config.concurrency() < 1) {
            throw new IllegalArgumentException("newsflow.enrich.concurrency must be at least 1, got "
                    + config.concurrency());
        }
        long start = System.nanoTime();
        // One SUTime instance per consumer of articles.clean, so none loads on a first record.
        dates = new TemporalExpressionExtractor(config.concurrency());
        datesLoadMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        EnrichConfig.Language language = config.language();
        languages = new LanguageIdentifier(language.minLetters(), language.maxChars(), language.minMargin());
        languagesLoadMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Set<String> unknown = new TreeSet<>(config.entities().nativeLanguages());
        unknown.removeAll(NativeNerModels.languages());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("newsflow.enrich.entities.native-languages: no model for " + unknown
                    + "; known: " + new TreeSet<>(NativeNerModels.languages()));
        }
        EntityResolver resolver = new EntityResolver();
        entities = new LanguageRoutedEntityRecognizer(new CoreNlpEntityRecognizer(), config.entities().nativeLanguages(),
                code -> loadNative(code, resolver), new PlaceSpotter(Gazetteer.packaged(), resolver));
        entitiesLoadMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Models loaded: SUTime (%d instances) with POS tagger in %d ms, lingua in %d ms, CoreNLP NER in %d ms",
                config.concurrency(), datesLoadMillis, languagesLoadMillis, entitiesLoadMillis);
    }

    private static EntityRecognizer loadNative(String language, EntityResolver resolver) {
        long start = System.nanoTime();
        EntityRecognizer recognizer = NativeNerModels.load(language, resolver);
        LOG.infof("NER model for language %s loaded in %d ms (first article in that language)", language,
                (System.nanoTime() - start) / 1_000_000);
        return recognizer;
    }

    public TemporalExpressionExtractor dates() {
        return dates;
    }

    public LanguageIdentifier languages() {
        return languages;
    }

    public EntityRecognizer entities() {
        return entities;
    }

    public long datesLoadMillis() {
        return datesLoadMillis;
    }

    public long languagesLoadMillis() {
        return languagesLoadMillis;
    }

    public long entitiesLoadMillis() {
        return entitiesLoadMillis;
    }
}
