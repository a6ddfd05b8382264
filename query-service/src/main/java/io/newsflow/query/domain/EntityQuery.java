package io.newsflow.query.domain;

import io.newsflow.contract.EntityType;

/**
 * A validated listing of entity identities, as asked of {@code GET /api/entities}.
 *
 * @param text  a name in any spelling or script, or its beginning, or null for all
 * @param type  only mentions of this class, or null
 * @param limit most identities returned, already capped
 */
public record EntityQuery(String text, EntityType type, int limit) {

    public record Limits(int defaultLimit, int maxLimit) {
    }

    public static EntityQuery parse(String q, String type, String limit, Limits limits) {
        return new EntityQuery(
                QueryParams.name("q", q),
                QueryParams.choice("type", type, EntityType.class),
                Math.min(QueryParams.integer("limit", limit, limits.defaultLimit(), 1), limits.maxLimit()));
    }
}
