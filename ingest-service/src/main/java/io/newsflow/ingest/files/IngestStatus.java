package io.newsflow.ingest.files;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.newsflow.ingest.domain.FailureReason;

/** Counters behind GET /api/drops/status and the metrics. */
public final class IngestStatus {

    private final LongAdder seen = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder republished = new LongAdder();
    private final Map<FailureReason, LongAdder> failedByReason = new ConcurrentHashMap<>();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingSince = new AtomicLong(-1);

    /**
     * @param seen               drops taken (claimed from the inbox, recovered from in-flight, or posted)
     * @param published          drops the broker acknowledged
     * @param failed             drops refused (moved to failed/, or answered 4xx over HTTP)
     * @param inFlight           drops taken and not yet completed
     * @param waiting            files in the inbox not yet complete
     * @param republished        drops found in flight after a restart or taken over from a dead replica
     * @param failedByReason     refusals by reason code
     * @param bytes              bytes of published drops
     * @param oldestWaitingAgeMs age of the oldest file waiting in the inbox, 0 when none
     */
    public record Snapshot(long seen, long published, long failed, long inFlight, long waiting, long republished,
            Map<String, Long> failedByReason, long bytes, long oldestWaitingAgeMs) {
    }

    void seen() {
        seen.increment();
    }

    void republished() {
        republished.increment();
    }

    void published(long sizeBytes) {
        published.increment();
        bytes.add(sizeBytes);
    }

    void failed(FailureReason reason) {
        failed.increment();
        failedByReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    void waiting(int count, long oldestFirstSeen) {
        waiting.set(count);
        oldestWaitingSince.set(oldestFirstSeen);
    }

    public long seenCount() {
        return seen.sum();
    }

    public long publishedCount() {
        return published.sum();
    }

    public long failedCount(FailureReason reason) {
        LongAdder adder = failedByReason.get(reason);
        return adder == null ? 0 : adder.sum();
    }

    public long bytesCount() {
        return bytes.sum();
    }

    public long waitingCount() {
        return waiting.get();
    }

    public long oldestWaitingAgeMs(long now) {
        long since = oldestWaitingSince.get();
        return since < 0 ? 0 : Math.max(0, now - since);
    }

    public Snapshot snapshot(long inFlight, long now) {
        Map<String, Long> reasons = new TreeMap<>();
        failedByReason.forEach((reason, count) -> reasons.put(reason.code(), count.sum()));
        return new Snapshot(seen.sum(), published.sum(), failed.sum(), inFlight, waiting.get(), republished.sum(),
                reasons, bytes.sum(), oldestWaitingAgeMs(now));
    }
}
