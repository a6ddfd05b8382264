package io.newsflow.query.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.newsflow.query.config.QueryConfig;
import io.newsflow.query.persistence.ArticleEntity;
import io.newsflow.query.persistence.ArticleStore;

@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stories", description = "Copies of one story: exact and near duplicates")
public class StoryResource {

    private final ArticleStore store;
    private final QueryConfig config;

    public StoryResource(ArticleStore store, QueryConfig config) {
        this.store = store;
        this.config = config;
    }

    @GET
    @Path("{storyId}")
    @Operation(summary = "Every stored article of a story, duplicates included, in arrival order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleViews.Story.class)))
    @APIResponse(responseCode = "404", description = "No article belongs to this story",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response story(@RestPath String storyId) {
        List<ArticleEntity> articles = store.story(storyId);
        if (articles.isEmpty()) {
            return ApiErrors.notFound("No story with id '" + storyId + "'");
        }
        return Response.ok(new ArticleViews.Story(storyId, articles.stream()
                .map(article -> ArticleViews.summary(article, article.text, config.snippetLength()))
                .toList())).build();
    }
}
