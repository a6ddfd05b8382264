package io.newsflow.cleaner.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.CleanedDocument;

/** Runs the cleaner on a posted page without Kafka: to see what is kept and why the rest was cut. */
@Path("/api/clean")
public class CleanResource {

    private final ArticleCleaner cleaner;

    CleanResource(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clean one page", description = "Returns title, author, date, kept paragraphs and every "
            + "removed block with its reason. mediaType is text/html or text/plain.")
    public CleanedDocument clean(String content, @QueryParam("mediaType") @DefaultValue(ArticleCleaner.HTML) String mediaType,
            @QueryParam("url") String url) {
        if (content == null || content.isBlank()) {
            throw new BadRequestException("empty body: post the page content");
        }
        try {
            return cleaner.clean(content, mediaType, url);
        } catch (IllegalArgumentException unsupported) {
            throw new BadRequestException(unsupported.getMessage());
        }
    }
}
