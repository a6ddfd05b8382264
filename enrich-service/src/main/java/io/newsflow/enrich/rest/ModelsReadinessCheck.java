package io.newsflow.enrich.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.newsflow.enrich.NlpModels;

/**
 * Ready once the models are in memory. Both they and the stage built on them are start-up beans, so a service that
 * answers at all has them; the check reports how long each model took to load.
 */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {

    private final NlpModels models;

    ModelsReadinessCheck(NlpModels models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("enrich-models").up()
                .withData("sutimeLoadMillis", models.datesLoadMillis())
                .withData("linguaLoadMillis", models.languagesLoadMillis())
                .withData("nerLoadMillis", models.entitiesLoadMillis())
                .build();
    }
}
