package io.newsflow.query.rest;

/** Body of every error response. */
public record ApiError(int status, String error, String message) {
}
