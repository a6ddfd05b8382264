package io.newsflow.query.domain;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Schemas;
import io.newsflow.contract.Topics;

/**
 * Turns a record value from articles.enriched into an {@link EnrichedArticle}, checked against the published schema
 * so that nothing half-formed is stored. Fields the schema does not know are tolerated (and dropped): a producer may
 * add optional fields without breaking this consumer.
 */
public final class EnrichedArticleReader {

    private static final int REPORTED_VIOLATIONS = 5;

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    /** {@code mapper} must read java.time types (JavaTimeModule). */
    public EnrichedArticleReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Schemas.open(Topics.ENRICHED));
    }

    /**
     * @param key   the record key, which must be the article id when present
     * @param value the record value
     * @throws InvalidRecordException saying what is wrong
     */
    public EnrichedArticle read(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException("record value is empty");
        }
        JsonNode json;
        try {
            json = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("record value is not JSON: " + e.getOriginalMessage());
        }
        List<String> violations = schema.validate(json).stream()
                .filter(message -> !"additionalProperties".equals(message.getType()))
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidRecordException("record does not match " + Schemas.resource(Topics.ENRICHED) + ": "
                    + violations.stream().limit(REPORTED_VIOLATIONS).collect(Collectors.joining("; "))
                    + (violations.size() > REPORTED_VIOLATIONS
                            ? " (and " + (violations.size() - REPORTED_VIOLATIONS) + " more)" : ""));
        }
        EnrichedArticle article;
        try {
            article = mapper.readerFor(EnrichedArticle.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (IOException e) {
            throw new InvalidRecordException("record value cannot be read as an article: " + e.getMessage());
        }
        if (key != null && !key.equals(article.id())) {
            throw new InvalidRecordException("record key '" + key + "' differs from article id '" + article.id() + "'");
        }
        return article;
    }
}
