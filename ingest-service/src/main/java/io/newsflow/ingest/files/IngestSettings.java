package io.newsflow.ingest.files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.newsflow.ingest.domain.CompletionPolicy;

/** Everything the ingest engine needs to know, independent of how it was configured. */
public record IngestSettings(
        Path inbox,
        Path processedDir,
        Path failedDir,
        String replicaId,
        boolean recursive,
        List<String> include,
        List<String> exclude,
        Duration quietPeriod,
        boolean trustOldMtime,
        long maxFileBytes,
        long maxRecordBytes,
        CompletionPolicy completion,
        int workers,
        int maxPending,
        Duration orphanAfter,
        Duration retryDelay) {

    /** Defaults of the service for a data folder holding inbox/, processed/ and failed/; tests adjust from here. */
    public static IngestSettings defaults(Path dataDir) {
        return new IngestSettings(dataDir.resolve("inbox"), dataDir.resolve("processed"), dataDir.resolve("failed"),
                "local", false, List.of("*"), List.of(), Duration.ofSeconds(1), true, 10L * 1024 * 1024,
                32L * 1024 * 1024, CompletionPolicy.MOVE, 2, 256, Duration.ofSeconds(60), Duration.ofSeconds(5));
    }

    public IngestSettings withReplicaId(String id) {
        return new IngestSettings(inbox, processedDir, failedDir, id, recursive, include, exclude, quietPeriod,
                trustOldMtime, maxFileBytes, maxRecordBytes, completion, workers, maxPending, orphanAfter, retryDelay);
    }

    public IngestSettings withCompletion(CompletionPolicy policy) {
        return new IngestSettings(inbox, processedDir, failedDir, replicaId, recursive, include, exclude, quietPeriod,
                trustOldMtime, maxFileBytes, maxRecordBytes, policy, workers, maxPending, orphanAfter, retryDelay);
    }

    public IngestSettings withRecursion(boolean recurse, List<String> includes, List<String> excludes) {
        return new IngestSettings(inbox, processedDir, failedDir, replicaId, recurse, includes, excludes, quietPeriod,
                trustOldMtime, maxFileBytes, maxRecordBytes, completion, workers, maxPending, orphanAfter, retryDelay);
    }

    public IngestSettings withLimits(long maxFile, long maxRecord) {
        return new IngestSettings(inbox, processedDir, failedDir, replicaId, recursive, include, exclude, quietPeriod,
                trustOldMtime, maxFile, maxRecord, completion, workers, maxPending, orphanAfter, retryDelay);
    }

    public IngestSettings withStability(Duration quiet, boolean trustMtime, Duration orphans) {
        return new IngestSettings(inbox, processedDir, failedDir, replicaId, recursive, include, exclude, quiet,
                trustMtime, maxFileBytes, maxRecordBytes, completion, workers, maxPending, orphans, retryDelay);
    }
}
