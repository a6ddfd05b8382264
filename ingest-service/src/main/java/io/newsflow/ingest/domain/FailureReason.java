package io.newsflow.ingest.domain;

/** Why a drop was refused. The code is what status, metrics and {@code <name>.error.json} show. */
public enum FailureReason {
    EMPTY("empty"),
    TOO_LARGE("too-large"),
    BINARY("binary"),
    INVALID_BYTE_SEQUENCE("invalid-byte-sequence"),
    UNDECODABLE("undecodable"),
    UNREADABLE("unreadable"),
    VANISHED("vanished"),
    RECORD_TOO_LARGE("record-too-large"),
    INVALID_NAME("invalid-name");

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
