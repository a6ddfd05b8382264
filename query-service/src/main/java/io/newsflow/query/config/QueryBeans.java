package io.newsflow.query.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.names.EntityResolver;
import io.newsflow.names.NameMatcher;

/** Producers of the plain-Java parts query-service uses. */
@ApplicationScoped
public class QueryBeans {

    /** Keys searched names exactly as enrich-service keys mentions: the same {@link EntityResolver}. */
    @Produces
    @Singleton
    NameMatcher nameMatcher() {
        return new NameMatcher(new EntityResolver());
    }
}
