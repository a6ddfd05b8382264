package io.newsflow.ingest.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The drop counts of every replica that ever served an inbox, one small JSON file per replica in a hidden folder of
 * the inbox ({@value #FOLDER}), rewritten (by rename, so never half written) whenever its counts change. A restarted
 * replica continues from its own file, and the status of any replica adds up all files: every drop since the inbox
 * was created, whichever replica took it.
 */
final class StatusFiles {

    static final String FOLDER = ".newsflow-status";
    private static final Logger LOG = Logger.getLogger(StatusFiles.class);

    /** The durable counts of one replica. */
    record Counts(long seen, long published, long failed, long republished, long bytes,
            Map<String, Long> failedByReason) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, Map.of());

        Counts plus(Counts other) {
            Map<String, Long> reasons = new TreeMap<>(failedByReason);
            other.failedByReason.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
            return new Counts(seen + other.seen, published + other.published, failed + other.failed,
                    republished + other.republished, bytes + other.bytes, reasons);
        }
    }

    private final Path folder;
    private final Path own;
    private final ObjectMapper json;

    StatusFiles(Path inbox, String replicaId, ObjectMapper json) {
        this.folder = inbox.resolve(FOLDER);
        this.own = folder.resolve(replicaId + ".json");
        this.json = json;
    }

    /** This replica's counts as it last wrote them, or none. */
    Counts own() {
        return Files.exists(own) ? read(own) : Counts.NONE;
    }

    /** The counts every other replica last wrote. */
    Counts others() {
        Counts sum = Counts.NONE;
        if (!Files.isDirectory(folder)) {
            return sum;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                if (!file.equals(own)) {
                    sum = sum.plus(read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return sum;
    }

    /**
     * Replaces this replica's file. A failure is logged and otherwise ignored: the counts are a report, and a full
     * disk or a second process with the same replica id must never stop a drop from being published.
     */
    synchronized void write(Counts counts) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // a name of its own per write: an engine closing and its successor may both be writing
            temp = Files.createTempFile(folder, own.getFileName().toString(), ".tmp");
            json.writeValue(temp.toFile(), counts);
            try {
                Files.move(temp, own, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, own, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warnf(e, "Could not write the drop counts to %s; they are kept in memory", own);
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray .tmp file is not read as counts (only *.json are)
            }
        }
    }

    private Counts read(Path file) {
        try {
            return json.readValue(file.toFile(), Counts.class);
        } catch (IOException e) {
            // a file another version or a full disk left unreadable must not take the status down with it
            return Counts.NONE;
        }
    }
}
