package io.newsflow.query.domain;

/** A request parameter that cannot be served; its message says which one and why, for the 400 response. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
