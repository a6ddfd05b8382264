package io.newsflow.query.domain;

/** A record from articles.enriched that cannot be stored; the message becomes the dead-letter reason. */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }
}
