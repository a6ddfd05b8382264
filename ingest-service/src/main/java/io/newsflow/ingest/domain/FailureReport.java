package io.newsflow.ingest.domain;

import java.time.Instant;

/**
 * What {@code failed/<name>.error.json} says about a refused drop.
 *
 * @param reason       kebab-case code of {@link FailureReason}
 * @param detail       human explanation, e.g. the offset of the first invalid byte
 * @param time         when the drop was refused
 * @param sizeBytes    size of the file (-1 when it could not be read)
 * @param detectedType media type seen in the content, e.g. {@code application/pdf}, {@code text/plain}
 * @param fileName     file name as dropped
 * @param relativePath path below the inbox
 */
public record FailureReport(String reason, String detail, Instant time, long sizeBytes, String detectedType,
        String fileName, String relativePath) {

    public static FailureReport of(Refusal refusal, Instant time, long sizeBytes, String relativePath) {
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return new FailureReport(refusal.reason().code(), refusal.detail(), time, sizeBytes, refusal.detectedType(),
                fileName, relativePath);
    }
}
