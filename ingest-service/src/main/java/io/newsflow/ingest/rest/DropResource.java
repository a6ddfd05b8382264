package io.newsflow.ingest.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.domain.FailureReason;
import io.newsflow.ingest.files.IngestEngine;
import io.newsflow.ingest.files.IngestStatus;
import io.newsflow.ingest.files.UploadOutcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/drops")
@Produces(MediaType.APPLICATION_JSON)
public class DropResource {

    @Inject
    IngestEngine engine;

    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Drop a file over HTTP",
            description = "Same checks as the inbox folder. 202 with the article id once stored and sent (status"
                    + " 'published' when the broker acknowledged within the wait, else 'pending'); 4xx with the"
                    + " reason when refused.")
    public Response drop(@Parameter(description = "file name, no path") @QueryParam("name") String name,
            InputStream body) throws IOException {
        UploadOutcome outcome = engine.upload(name, body);
        if (outcome instanceof UploadOutcome.Refused refused) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("reason", refused.refusal().reason().code());
            error.put("detail", refused.refusal().detail());
            error.put("detectedType", refused.refusal().detectedType());
            error.put("sizeBytes", refused.sizeBytes());
            return Response.status(statusOf(refused.refusal().reason())).entity(error).build();
        }
        UploadOutcome.Accepted accepted = (UploadOutcome.Accepted) outcome;
        RawArticle article = accepted.article();
        Map<String, Object> body202 = new LinkedHashMap<>();
        body202.put("id", article.id());
        body202.put("status", awaitCompletion(accepted, config.httpAckTimeout()) ? "published" : "pending");
        body202.put("source", article.source());
        return Response.accepted(body202).build();
    }

    @GET
    @Path("/status")
    @Operation(summary = "Counts of drops seen, published, failed (by reason), in flight and waiting")
    public IngestStatus.Snapshot status() {
        return engine.snapshot();
    }

    private static boolean awaitCompletion(UploadOutcome.Accepted accepted, Duration timeout) {
        try {
            accepted.completed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Response.Status statusOf(FailureReason reason) {
        return switch (reason) {
            case TOO_LARGE, RECORD_TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case BINARY -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case INVALID_NAME, EMPTY -> Response.Status.BAD_REQUEST;
            default -> Response.Status.fromStatusCode(422);
        };
    }
}
