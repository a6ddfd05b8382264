package io.newsflow.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.newsflow.ingest.domain.CompletionPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ingest-service settings; every key can also be set by its environment variable (NEWSFLOW_INGEST_...). */
@ConfigMapping(prefix = "newsflow.ingest")
public interface IngestConfig {

    /** Folder watched for drops. */
    @WithDefault("data/inbox")
    String inbox();

    /** Where published files go (completion policy {@code move}). */
    @WithDefault("data/processed")
    String processedDir();

    /** Where refused files go, each with {@code <name>.error.json}. */
    @WithDefault("data/failed")
    String failedDir();

    /** Names this replica's in-flight folder; replicas sharing an inbox need distinct ids. Default: host name. */
    Optional<String> replicaId();

    /** Whether subfolders of the inbox are watched too (their relative path is kept as provenance). */
    @WithDefault("false")
    boolean recursive();

    /** Globs a drop must match (name, or relative path when the glob has a '/'). */
    @WithDefault("*")
    List<String> include();

    /** Globs that exclude a drop. */
    Optional<List<String>> exclude();

    /** How long size and modification time must stay unchanged before a file is taken. */
    @WithDefault("1s")
    Duration quietPeriod();

    /** Period of the full rescan that catches files whose events were lost (also used by @Scheduled). */
    @WithDefault("1s")
    Duration rescanInterval();

    /** Take a file at once when its modification time is already older than the quiet period (arrived by rename). */
    @WithDefault("true")
    boolean trustOldMtime();

    /** Largest accepted drop in bytes; larger files are refused with reason too-large. */
    @WithDefault("10485760")
    long maxFileBytes();

    /** Largest serialized record sent to Kafka; also the producer's max.request.size and the topic's max.message.bytes. */
    @WithDefault("33554432")
    int maxRecordBytes();

    /** What happens to a published file: move (to processed/), delete, or keep (left in place, recorded as read). */
    @WithDefault("move")
    CompletionPolicy completion();

    /** Threads reading and decoding drops. */
    @WithDefault("2")
    int workers();

    /** Drops published but not yet acknowledged, at most. */
    @WithDefault("256")
    int maxPending();

    /** In-flight files of a replica whose heartbeat is older than this are taken over by another replica. */
    @WithDefault("60s")
    Duration orphanAfter();

    /** Delay before a drop the broker did not acknowledge is published again. */
    @WithDefault("5s")
    Duration retryDelay();

    /** How long POST /api/drops waits for the broker's acknowledgement before answering "pending". */
    @WithDefault("10s")
    Duration httpAckTimeout();

    /** Whether native file-system events are used besides the periodic rescan. */
    @WithDefault("true")
    boolean watch();

    /** Topic settings applied at start. */
    Topic topic();

    interface Topic {
        /** Create articles.raw if missing and raise its max.message.bytes to max-record-bytes. */
        @WithDefault("true")
        boolean manage();

        /** Partitions of articles.raw when ingest creates it. */
        @WithDefault("3")
        int partitions();
    }
}
