package io.newsflow.ingest.messaging;

import io.newsflow.contract.RawArticle;
import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;

/** JSON value serializer of articles.raw, with Quarkus' ObjectMapper (ISO-8601 instants). */
public class RawArticleSerializer extends ObjectMapperSerializer<RawArticle> {
}
