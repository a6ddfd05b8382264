package io.newsflow.query.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.newsflow.query.domain.InvalidQueryException;

/** Turns request errors into JSON bodies that say what was wrong. */
public class ApiErrors {

    static Response of(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
                .build();
    }

    static Response notFound(String message) {
        return of(Response.Status.NOT_FOUND, message);
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e) {
        return of(Response.Status.BAD_REQUEST, e.getMessage());
    }
}
