package io.newsflow.ingest.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.newsflow.ingest.domain.SafeNames;

/**
 * Moves files into processed/ and failed/ without ever replacing an earlier file: the target is created by a hard
 * link (which fails atomically when the name exists, even with several replicas), and on filesystems without hard
 * links by a move that refuses an existing target. A clash takes the next {@link SafeNames#variant} name.
 */
final class FileMover {

    private static final int MAX_ATTEMPTS = 10_000;

    private FileMover() {
    }

    /** Moves {@code source} to {@code targetDir/relativePath} or a suffixed variant; returns where it went. */
    static Path moveNoClobber(Path source, Path targetDir, String relativePath) throws IOException {
        Path parent = parentIn(targetDir, relativePath);
        String name = fileName(relativePath);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = parent.resolve(SafeNames.variant(name, attempt));
            if (placeNoClobber(source, target)) {
                return target;
            }
        }
        throw new IOException("no free name for " + relativePath + " in " + targetDir);
    }

    /**
     * Moves {@code source} to failed/ with its report beside it as {@code <name>.error.json}; the report's name is
     * reserved first so a file and its report always share one (possibly suffixed) name.
     */
    static Path moveWithReport(Path source, Path failedDir, String relativePath, byte[] reportJson) throws IOException {
        Path parent = parentIn(failedDir, relativePath);
        String name = fileName(relativePath);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = parent.resolve(SafeNames.variant(name, attempt));
            Path report = parent.resolve(target.getFileName() + SafeNames.ERROR_SUFFIX);
            try {
                Files.write(report, reportJson, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            if (placeNoClobber(source, target)) {
                return target;
            }
            Files.deleteIfExists(report);
        }
        throw new IOException("no free name for " + relativePath + " in " + failedDir);
    }

    /** @return false when {@code target} already exists */
    static boolean placeNoClobber(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
            Files.delete(source);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            // No hard links here (other filesystem, protected links): a move without REPLACE_EXISTING.
            try {
                Files.move(source, target);
                return true;
            } catch (FileAlreadyExistsException clash) {
                return false;
            }
        }
    }

    private static Path parentIn(Path dir, String relativePath) throws IOException {
        int slash = relativePath.lastIndexOf('/');
        Path parent = slash < 0 ? dir : dir.resolve(relativePath.substring(0, slash));
        Files.createDirectories(parent);
        return parent;
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
