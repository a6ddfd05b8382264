package io.newsflow.query.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the query API ({@code newsflow.query.*}). */
@ConfigMapping(prefix = "newsflow.query")
public interface QueryConfig {

    /** Page size of {@code GET /api/articles} when {@code size} is not given. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest page size served; a larger {@code size} is capped to it. */
    @WithDefault("100")
    int maxPageSize();

    /** Longest snippet in a search result, in characters. */
    @WithDefault("240")
    int snippetLength();

    /** Identities listed by {@code GET /api/entities} when {@code limit} is not given. */
    @WithDefault("100")
    int defaultEntityLimit();

    /** Largest {@code limit} of {@code GET /api/entities}; a larger one is capped to it. */
    @WithDefault("1000")
    int maxEntityLimit();

    /**
     * Least score (0 to 1) a name's best identity needs for {@code GET /api/articles?entity=} to use it; below, the
     * name matches no article. Exact spellings and keys score 1, fuzzy matches at most 0.95. 0.6 is where the
     * generated transliteration benchmark (entity-names, {@code bench-transliteration}) finds 95 % of unseen
     * spellings with 0.1 % resolved to another name; see docs/benchmarks.md for the whole sweep.
     */
    @WithDefault("0.6")
    double entityMatchThreshold();

    /** How often storing an article is retried (database restarting, say) before it goes to the dead-letter topic. */
    @WithDefault("8")
    int storeRetries();

    /** Wait before the first retry; it doubles on every further one. */
    @WithDefault("500ms")
    Duration storeRetryDelay();

    /** Longest wait between two retries. */
    @WithDefault("30s")
    Duration storeRetryMaxDelay();
}
