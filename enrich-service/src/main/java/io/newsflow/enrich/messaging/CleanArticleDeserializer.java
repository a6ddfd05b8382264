package io.newsflow.enrich.messaging;

import io.newsflow.contract.CleanArticle;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** JSON value of {@code articles.clean}. A value that is not a CleanArticle goes to the dead-letter topic. */
public class CleanArticleDeserializer extends ObjectMapperDeserializer<CleanArticle> {

    public CleanArticleDeserializer() {
        super(CleanArticle.class);
    }
}
