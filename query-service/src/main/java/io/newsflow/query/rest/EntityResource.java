package io.newsflow.query.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.newsflow.query.config.QueryConfig;
import io.newsflow.query.domain.EntityIdentity;
import io.newsflow.query.domain.EntityQuery;
import io.newsflow.query.persistence.IdentityLookup;
import io.newsflow.query.persistence.IdentityStore;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities", description = "Entity identities across articles")
public class EntityResource {

    private final IdentityStore store;
    private final IdentityLookup lookup;
    private final QueryConfig config;

    public EntityResource(IdentityStore store, IdentityLookup lookup, QueryConfig config) {
        this.store = store;
        this.lookup = lookup;
        this.config = config;
    }

    @GET
    @Operation(summary = "List entity identities",
            description = "Each identity with its canonical name, type, every spelling seen and the number of "
                    + "articles mentioning it (exact duplicates not counted). Without q: most mentioned-in first. "
                    + "With q, a name in any spelling or script (Lukashenka, Лукашенко, Kalinowski's) or its "
                    + "beginning: the identities it may mean, each with a score (0-1) and how it matched "
                    + "(spelling, key or fuzzy), best first.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EntityIdentity.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed; the message says which",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EntityIdentity> identities(
            @Parameter(description = "A name in any spelling or script, or its beginning (at most 200 characters)")
            @RestQuery String q,
            @Parameter(description = "PERSON, ORG, LOC or MISC") @RestQuery String type,
            @Parameter(description = "Most identities returned (default newsflow.query.default-entity-limit, capped "
                    + "at newsflow.query.max-entity-limit)") @RestQuery String limit) {
        EntityQuery query = EntityQuery.parse(q, type, limit,
                new EntityQuery.Limits(config.defaultEntityLimit(), config.maxEntityLimit()));
        return query.text() == null ? store.list(query)
                : lookup.identities(query.text(), query.type(), query.limit());
    }
}
