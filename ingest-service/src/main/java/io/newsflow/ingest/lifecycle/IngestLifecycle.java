package io.newsflow.ingest.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.files.IngestEngine;
import io.newsflow.ingest.files.IngestSettings;
import io.newsflow.ingest.messaging.KafkaArticlePublisher;
import io.newsflow.ingest.messaging.RawTopicAdmin;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds the engine from configuration, starts it once the topic is ready, rescans periodically, stops it. */
@ApplicationScoped
public class IngestLifecycle {

    @Produces
    @Singleton
    static IngestEngine engine(IngestConfig config, KafkaArticlePublisher publisher, ObjectMapper json) {
        IngestSettings settings = new IngestSettings(Path.of(config.inbox()), Path.of(config.processedDir()),
                Path.of(config.failedDir()), config.replicaId().orElseGet(IngestLifecycle::hostName),
                config.recursive(), config.include(), config.exclude().orElse(List.of()),
                config.quietPeriod(), config.trustOldMtime(), config.maxFileBytes(), config.maxRecordBytes(),
                config.completion(), config.workers(), config.maxPending(), config.orphanAfter(), config.retryDelay());
        return new IngestEngine(settings, publisher, json, Clock.systemUTC());
    }

    @Inject
    IngestEngine engine;

    void onStart(@Observes StartupEvent event, RawTopicAdmin topicAdmin, IngestConfig config) {
        topicAdmin.ensureTopic();
        try {
            engine.start(config.watch());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the inbox folders", e);
        }
    }

    @Scheduled(every = "${newsflow.ingest.rescan-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rescan() {
        engine.scan();
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        engine.close();
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "local";
            }
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
