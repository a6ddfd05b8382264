package io.newsflow.ingest.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.domain.FailureReason;
import io.newsflow.ingest.files.IngestEngine;
import io.newsflow.ingest.files.IngestStatus;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The status counters as Micrometer meters (newsflow_ingest_* on /q/metrics). */
@Startup
@ApplicationScoped
public class IngestMetrics {

    @Inject
    public IngestMetrics(MeterRegistry registry, IngestEngine engine) {
        IngestStatus status = engine.status();
        FunctionCounter.builder("newsflow.ingest.files.seen", status, IngestStatus::seenCount)
                .description("drops taken from the inbox or posted").register(registry);
        FunctionCounter.builder("newsflow.ingest.files.published", status, IngestStatus::publishedCount)
                .description("drops acknowledged by the broker").register(registry);
        FunctionCounter.builder("newsflow.ingest.bytes.published", status, IngestStatus::bytesCount)
                .description("bytes of published drops").baseUnit("bytes").register(registry);
        for (FailureReason reason : FailureReason.values()) {
            FunctionCounter.builder("newsflow.ingest.files.failed", status, s -> s.failedCount(reason))
                    .tag("reason", reason.code()).description("refused drops by reason").register(registry);
        }
        Gauge.builder("newsflow.ingest.files.inflight", engine, e -> e.snapshot().inFlight())
                .description("drops taken and not yet completed").register(registry);
        Gauge.builder("newsflow.ingest.files.waiting", status, IngestStatus::waitingCount)
                .description("files in the inbox not yet complete").register(registry);
        Gauge.builder("newsflow.ingest.oldest.waiting.age", status,
                s -> s.oldestWaitingAgeMs(System.currentTimeMillis()))
                .description("age of the oldest file waiting in the inbox").baseUnit("milliseconds").register(registry);
    }
}
