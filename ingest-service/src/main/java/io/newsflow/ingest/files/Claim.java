package io.newsflow.ingest.files;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A drop this replica has taken: the file was renamed into {@code tokenDir} below its in-flight folder. The token
 * names the claim for good (it survives restarts and take-overs), so the article id and received-at derived from it
 * are the same every time the drop is published.
 */
record Claim(String token, String relativePath, Path tokenDir, Path file) {

    String fileName() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    /** The claim time, encoded in the token. */
    Instant receivedAt() {
        return Instant.ofEpochMilli(Long.parseLong(token.substring(0, token.indexOf('-')), Character.MAX_RADIX));
    }

    static Claim of(String token, Path tokenDir, String relativePath) {
        return new Claim(token, relativePath, tokenDir, tokenDir.resolve(relativePath));
    }
}
