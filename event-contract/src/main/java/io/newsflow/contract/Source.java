package io.newsflow.contract;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Provenance of a drop: where the bytes came from and how they were decoded.
 *
 * @param fileName     original file name, as dropped
 * @param relativePath path below the inbox (equals fileName for top-level and HTTP drops)
 * @param sizeBytes    size of the raw bytes
 * @param sha256       hex SHA-256 of the raw bytes, before any decoding
 * @param charset      charset the bytes were decoded with (detected, or declared by a BOM)
 * @param mediaType    {@code text/plain} or {@code text/html}, detected from the content
 * @param receivedAt   when ingest took the drop
 * @param decodeErrors what decoding replaced with U+FFFD, or null (and absent in JSON) when the bytes decoded cleanly
 */
public record Source(
        String fileName,
        String relativePath,
        long sizeBytes,
        String sha256,
        String charset,
        String mediaType,
        Instant receivedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) DecodeErrors decodeErrors) {

    /** Provenance of a drop that decoded without errors. */
    public Source(String fileName, String relativePath, long sizeBytes, String sha256, String charset,
            String mediaType, Instant receivedAt) {
        this(fileName, relativePath, sizeBytes, sha256, charset, mediaType, receivedAt, null);
    }
}
