package io.newsflow.ingest.files;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import io.newsflow.ingest.domain.FailureReason;

/**
 * Counters behind GET /api/drops/status and the metrics, durable through {@link StatusFiles}: restored at start,
 * written on every change, and reported together with every other replica's of the same inbox.
 */
public final class IngestStatus {

    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingSince = new AtomicLong(-1);
    private final StatusFiles files;
    /** This replica's counts; replaced under the lock and only once written, so what shows is on disk. */
    private volatile StatusFiles.Counts counts;

    /** Counts continued from this replica's status file and reported with the other replicas'. */
    IngestStatus(StatusFiles files) {
        this.files = files;
        this.counts = files.own();
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
        update(c -> new StatusFiles.Counts(c.seen() + 1, c.published(), c.failed(), c.republished(), c.bytes(),
                c.failedByReason()));
    }

    void republished() {
        update(c -> new StatusFiles.Counts(c.seen(), c.published(), c.failed(), c.republished() + 1, c.bytes(),
                c.failedByReason()));
    }

    void published(long sizeBytes) {
        update(c -> new StatusFiles.Counts(c.seen(), c.published() + 1, c.failed(), c.republished(),
                c.bytes() + sizeBytes, c.failedByReason()));
    }

    void failed(FailureReason reason) {
        update(c -> {
            Map<String, Long> reasons = new TreeMap<>(c.failedByReason());
            reasons.merge(reason.code(), 1L, Long::sum);
            return new StatusFiles.Counts(c.seen(), c.published(), c.failed() + 1, c.republished(), c.bytes(),
                    reasons);
        });
    }

    private synchronized void update(UnaryOperator<StatusFiles.Counts> change) {
        StatusFiles.Counts next = change.apply(counts);
        files.write(next);
        counts = next;
    }

    void waiting(int count, long oldestFirstSeen) {
        waiting.set(count);
        oldestWaitingSince.set(oldestFirstSeen);
    }

    public long seenCount() {
        return counts.seen();
    }

    public long publishedCount() {
        return counts.published();
    }

    public long failedCount(FailureReason reason) {
        return counts.failedByReason().getOrDefault(reason.code(), 0L);
    }

    public long bytesCount() {
        return counts.bytes();
    }

    public long waitingCount() {
        return waiting.get();
    }

    public long oldestWaitingAgeMs(long now) {
        long since = oldestWaitingSince.get();
        return since < 0 ? 0 : Math.max(0, now - since);
    }

    /** Every replica's durable counts with this one's; in flight and waiting are this replica's. */
    public Snapshot snapshot(long inFlight, long now) {
        StatusFiles.Counts all = counts.plus(files.others());
        return new Snapshot(all.seen(), all.published(), all.failed(), inFlight, waiting.get(), all.republished(),
                all.failedByReason(), all.bytes(), oldestWaitingAgeMs(now));
    }
}
