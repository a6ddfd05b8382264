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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.newsflow.query.config.QueryConfig;
import io.newsflow.query.domain.ArticleQuery;
import io.newsflow.query.persistence.ArticleEntity;
import io.newsflow.query.persistence.ArticleStore;
import io.newsflow.query.persistence.IdentityLookup;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Stored enriched articles")
public class ArticleResource {

    private final ArticleStore store;
    private final IdentityLookup identities;
    private final QueryConfig config;

    public ArticleResource(ArticleStore store, IdentityLookup identities, QueryConfig config) {
        this.store = store;
        this.identities = identities;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Full-text search over title and text, filtered by entity, language and publication day. "
                    + "Best match first with q, newest publication first without (see sort). Exact duplicates are left out "
                    + "unless includeDuplicates=true.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleViews.Page.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed; the message says which",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ArticleViews.Page search(
            @Parameter(description = "Words to find in title or text; \"quoted phrase\", -excluded, or")
            @RestQuery String q,
            @Parameter(description = "An entity's name in any spelling or script (Lukashenka, Лукашенко, Kiev); "
                    + "it stands for its best-matching identity (echoed in 'entities'); repeat to require several")
            @RestQuery List<String> entity,
            @Parameter(description = "An exact identity key (person:lukashenko-alksndr); repeat to require several")
            @RestQuery List<String> entityKey,
            @Parameter(description = "ISO 639 language code, e.g. en") @RestQuery String lang,
            @Parameter(description = "First publication day, yyyy-MM-dd (inclusive)") @RestQuery String from,
            @Parameter(description = "Last publication day, yyyy-MM-dd (inclusive)") @RestQuery String to,
            @Parameter(description = "0-based page index (default 0)") @RestQuery String page,
            @Parameter(description = "Page size (default newsflow.query.default-page-size, capped at "
                    + "newsflow.query.max-page-size)") @RestQuery String size,
            @Parameter(description = "List exact duplicates too (default false)") @RestQuery String includeDuplicates,
            @Parameter(description = "relevance (default with q), newest (default without q) or oldest; by "
                    + "publication day, undated articles last") @RestQuery String sort) {
        ArticleQuery parsed = ArticleQuery.parse(q, entity, entityKey, lang, from, to, page, size, includeDuplicates,
                sort, new ArticleQuery.Limits(config.defaultPageSize(), config.maxPageSize()));
        List<ArticleViews.ResolvedEntity> resolved = parsed.entities().stream().map(name -> identities
                .best(name, config.entityMatchThreshold())
                .map(identity -> ArticleViews.ResolvedEntity.of(name, identity))
                .orElse(ArticleViews.ResolvedEntity.none(name))).toList();
        ArticleQuery query = parsed.resolved(resolved.stream().map(ArticleViews.ResolvedEntity::keys).toList());
        // Fetch more than is shown so the snippet can end at a word boundary.
        ArticleStore.SearchResult result = store.search(query, config.snippetLength() * 2);
        return new ArticleViews.Page(result.total(), query.page(), query.size(), result.hits().stream()
                .map(hit -> ArticleViews.summary(hit.article(), hit.snippet(), config.snippetLength()))
                .toList(), resolved);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its provenance, dates, entities, hashes, story links and removed blocks")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response article(@RestPath String id) {
        ArticleEntity article = store.article(id);
        if (article == null) {
            return ApiErrors.notFound("No article with id '" + id + "'");
        }
        return Response.ok(ArticleViews.detail(article)).build();
    }
}
