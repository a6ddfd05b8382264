package io.newsflow.query.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.newsflow.contract.Schemas;

/** Serves the published JSON Schemas of the topics, so consumers can fetch the contract they validate against. */
@Path("/schemas")
@Tag(name = "schemas", description = "JSON Schemas of the articles.* record values")
public class SchemaResource {

    static final String SCHEMA_JSON = "application/schema+json";

    @GET
    @Path("{fileName}")
    @Operation(summary = "The JSON Schema of a topic's record value, e.g. articles.enriched.v1.json")
    public Response schema(@RestPath String fileName) {
        return Schemas.topicOfFileName(fileName)
                .map(topic -> Response.ok(read(topic), SCHEMA_JSON).build())
                .orElseGet(() -> ApiErrors.notFound("No schema named '" + fileName + "'; published: "
                        + Schemas.TOPICS.stream().map(Schemas::fileName).toList()));
    }

    private static byte[] read(String topic) {
        try (InputStream in = Schemas.open(topic)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
