package io.newsflow.ingest.files;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.newsflow.ingest.domain.FailureReason;

/**
 * Counters behind GET /api/drops/status and the metrics, durable through {@link StatusFiles}: restored at start,
 * written on every change, and reported together with every other replica's of the same inbox.
 */
public final class IngestStatus {

    private final LongAdder seen = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder republished = new LongAdder();
    private final Map<FailureReason, LongAdder> failedByReason = new ConcurrentHashMap<>();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingSince = new AtomicLong(-1);
    private final StatusFiles files;

    /** Counts continued from this replica's status file and reported with the other replicas'. */
    IngestStatus(StatusFiles files) {
        this.files = files;
        StatusFiles.Counts restored = files.own();
        seen.add(restored.seen());
        published.add(restored.published());
        failed.add(restored.failed());
        republished.add(restored.republished());
        bytes.add(restored.bytes());
        for (FailureReason reason : FailureReason.values()) {
            long count = restored.failedByReason().getOrDefault(reason.code(), 0L);
            if (count > 0) {
                failedByReason.computeIfAbsent(reason, r -> new LongAdder()).add(count);
            }
        }
    }

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
        persist();
    }

    void republished() {
        republished.increment();
        persist();
    }

    void published(long sizeBytes) {
        published.increment();
        bytes.add(sizeBytes);
        persist();
    }

    void failed(FailureReason reason) {
        failed.increment();
        failedByReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
        persist();
    }

    private void persist() {
        files.write(counts());
    }

    private StatusFiles.Counts counts() {
        Map<String, Long> reasons = new TreeMap<>();
        failedByReason.forEach((reason, count) -> reasons.put(reason.code(), count.sum()));
        return new StatusFiles.Counts(seen.sum(), published.sum(), failed.sum(), republished.sum(), bytes.sum(),
                reasons);
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

    /** Every replica's durable counts with this one's live ones; in flight and waiting are this replica's. */
    public Snapshot snapshot(long inFlight, long now) {
        StatusFiles.Counts all = counts().plus(files.others());
        return new Snapshot(all.seen(), all.published(), all.failed(), inFlight, waiting.get(), all.republished(),
                all.failedByReason(), all.bytes(), oldestWaitingAgeMs(now));
    }
}
