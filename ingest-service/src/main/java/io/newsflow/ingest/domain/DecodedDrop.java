package io.newsflow.ingest.domain;

import io.newsflow.contract.DecodeErrors;

/**
 * A drop decoded to text.
 *
 * @param text         the content without byte-order mark, line endings untouched
 * @param charset      canonical name of the charset the bytes were decoded with
 * @param mediaType    {@code text/plain} or {@code text/html}
 * @param sha256       hex SHA-256 of the raw bytes
 * @param decodeErrors what decoding replaced with U+FFFD, or null when the bytes decoded cleanly
 */
public record DecodedDrop(String text, String charset, String mediaType, String sha256, DecodeErrors decodeErrors)
        implements Inspection {
}
