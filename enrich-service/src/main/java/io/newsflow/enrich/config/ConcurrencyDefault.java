package io.newsflow.enrich.config;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Default of {@code newsflow.enrich.concurrency}: the pod's processors, at most the partitions of articles.clean
 * (a consumer beyond them would get no partition). A default that depends on the machine cannot be written in
 * application.properties, hence this source; its low ordinal lets application.properties, system properties and
 * the environment ({@code NEWSFLOW_ENRICH_CONCURRENCY}) override it.
 */
public final class ConcurrencyDefault implements ConfigSource {

    public static final String PROPERTY = "newsflow.enrich.concurrency";
    /** Partitions of articles.clean as the pipeline creates it (local-infra PipelineTopics). */
    public static final int CLEAN_PARTITIONS = 3;

    /** Concurrency for {@code processors} available processors. */
    public static int forProcessors(int processors) {
        return Math.max(1, Math.min(processors, CLEAN_PARTITIONS));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName)
                ? String.valueOf(forProcessors(Runtime.getRuntime().availableProcessors()))
                : null;
    }

    @Override
    public String getName() {
        return "newsflow-enrich-concurrency-default";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
