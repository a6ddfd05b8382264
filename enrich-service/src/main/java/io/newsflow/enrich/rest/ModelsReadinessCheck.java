package io.newsflow.enrich.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.newsflow.enrich.NlpModels;
import io.newsflow.enrich.domain.ArticleEnricher;

/** Ready once the models are in memory and the whole stage (with entity and duplicate parts) is assembled. */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {

    private final Instance<NlpModels> models;
    private final Instance<ArticleEnricher> enricher;

    ModelsReadinessCheck(Instance<NlpModels> models, Instance<ArticleEnricher> enricher) {
        this.models = models;
        this.enricher = enricher;
    }

    @Override
    public HealthCheckResponse call() {
        if (!models.isResolvable() || !enricher.isResolvable()) {
            return HealthCheckResponse.down("enrich-models");
        }
        NlpModels loaded = models.get();
        enricher.get();
        return HealthCheckResponse.named("enrich-models").up()
                .withData("sutimeLoadMillis", loaded.datesLoadMillis())
                .withData("linguaLoadMillis", loaded.languagesLoadMillis())
                .withData("nerLoadMillis", loaded.entitiesLoadMillis())
                .build();
    }
}
