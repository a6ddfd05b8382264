package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class SchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Source SOURCE = new Source("a b.txt", "sub/a b.txt", 12, "0".repeat(64), "UTF-8",
            "text/plain", Instant.parse("2024-05-01T10:00:00Z"));

    private static Set<ValidationMessage> validate(String topic, Object value) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.open(topic));
        JsonNode json = MAPPER.valueToTree(value);
        return schema.validate(json);
    }

    @Test
    void rawArticleAsSerializedMatchesItsSchema() {
        assertThat(validate(Topics.RAW, new RawArticle("abc123", SOURCE, "Hello"))).isEmpty();
    }

    @Test
    void sourceWithDecodeErrorsMatchesEverySchemaThatCopiesIt() {
        Source repaired = new Source("a.html", "a.html", 50_000, "0".repeat(64), "UTF-8", "text/html",
                Instant.parse("2024-05-01T10:00:00Z"), new DecodeErrors(3, 12_345));
        assertThat(validate(Topics.RAW, new RawArticle("abc123", repaired, "Hello \ufffd"))).isEmpty();
        assertThat(validate(Topics.CLEAN, new CleanArticle("abc123", repaired, null, null, null, "Body.", List.of())))
                .isEmpty();
        EnrichedArticle enriched = enriched("1a2b3c4d5e6f7a8b");
        assertThat(validate(Topics.ENRICHED, new EnrichedArticle(enriched.id(), repaired, enriched.title(),
                enriched.author(), enriched.publishedAt(), enriched.language(), enriched.text(), enriched.dates(),
                enriched.entities(), enriched.contentHash(), enriched.simhash(), enriched.minhash(),
                enriched.duplicateOf(), enriched.nearDuplicateOf(), enriched.storyId(), enriched.removed(),
                enriched.analysedUpTo()))).isEmpty();
    }

    @Test
    void cleanlyDecodedSourceOmitsDecodeErrorsAndBothReadBack() throws Exception {
        assertThat(MAPPER.valueToTree(SOURCE).has("decodeErrors")).isFalse();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(SOURCE), Source.class)).isEqualTo(SOURCE);
        Source repaired = new Source("a.txt", "a.txt", 900, "0".repeat(64), "UTF-8", "text/plain",
                Instant.parse("2024-05-01T10:00:00Z"), new DecodeErrors(2, 41));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(repaired), Source.class)).isEqualTo(repaired);
    }

    @Test
    void rawSchemaRejectsAnEmptyDecodeErrorsRecord() {
        Source none = new Source("a.txt", "a.txt", 900, "0".repeat(64), "UTF-8", "text/plain",
                Instant.parse("2024-05-01T10:00:00Z"), new DecodeErrors(0, -1));
        assertThat(validate(Topics.RAW, new RawArticle("abc123", none, "x"))).isNotEmpty();
    }

    @Test
    void cleanArticleWithNullMetadataMatchesItsSchema() {
        CleanArticle clean = new CleanArticle("abc123", SOURCE, null, null, null, "Body.",
                List.of(new RemovedBlock("Support us", "donation-appeal")));
        assertThat(validate(Topics.CLEAN, clean)).isEmpty();
    }

    @Test
    void extractionVerdictMatchesBothSchemasAndAConfidenceAboveOneDoesNot() {
        CleanArticle failed = new CleanArticle("abc123", SOURCE, null, null, null, "", List.of(), 0.0,
                "empty-main-text");
        assertThat(validate(Topics.CLEAN, failed)).isEmpty();
        assertThat(validate(Topics.ENRICHED, withExtraction(enriched("1a2b3c4d5e6f7a8b"), 0.0, "too-short")))
                .isEmpty();
        assertThat(validate(Topics.ENRICHED, withExtraction(enriched("1a2b3c4d5e6f7a8b"), 0.83, null))).isEmpty();
        assertThat(validate(Topics.CLEAN, new CleanArticle("abc123", SOURCE, null, null, null, "Body.", List.of(),
                1.5, null))).isNotEmpty();
    }

    @Test
    void unstatedExtractionVerdictIsAbsentFromJsonAndAStatedOneReadsBack() throws Exception {
        CleanArticle unstated = new CleanArticle("abc123", SOURCE, null, null, null, "Body.", List.of());
        JsonNode json = MAPPER.valueToTree(unstated);
        assertThat(json.has("extractionConfidence")).isFalse();
        assertThat(json.has("extractionFailure")).isFalse();
        CleanArticle failed = new CleanArticle("abc123", SOURCE, null, null, null, "", List.of(), 0.0, "too-short");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(failed), CleanArticle.class)).isEqualTo(failed);
        EnrichedArticle enriched = withExtraction(enriched("1a2b3c4d5e6f7a8b"), 0.0, "empty-main-text");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(enriched), EnrichedArticle.class)).isEqualTo(enriched);
    }

    @Test
    void modificationDayMatchesBothSchemasAsAnIsoDate() {
        CleanArticle modified = new CleanArticle("abc123", SOURCE, null, null, LocalDate.of(2024, 5, 1), "Body.",
                List.of(), null, null, LocalDate.of(2024, 5, 3));
        assertThat(MAPPER.valueToTree(modified).get("modifiedAt").asText()).isEqualTo("2024-05-03");
        assertThat(validate(Topics.CLEAN, modified)).isEmpty();
        assertThat(validate(Topics.ENRICHED, withModifiedAt(enriched("1a2b3c4d5e6f7a8b"), LocalDate.of(2024, 5, 3))))
                .isEmpty();
    }

    @Test
    void unstatedModificationDayIsAbsentFromJsonAndAStatedOneReadsBack() throws Exception {
        assertThat(MAPPER.valueToTree(new CleanArticle("abc123", SOURCE, null, null, null, "Body.", List.of()))
                .has("modifiedAt")).isFalse();
        assertThat(MAPPER.valueToTree(enriched("1a2b3c4d5e6f7a8b")).has("modifiedAt")).isFalse();
        CleanArticle modified = new CleanArticle("abc123", SOURCE, null, null, null, "Body.", List.of(), 0.9, null,
                LocalDate.of(2024, 5, 3));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(modified), CleanArticle.class)).isEqualTo(modified);
        EnrichedArticle enriched = withModifiedAt(enriched("1a2b3c4d5e6f7a8b"), LocalDate.of(2024, 5, 3));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(enriched), EnrichedArticle.class)).isEqualTo(enriched);
    }

    @Test
    void enrichedArticleMatchesItsSchema() {
        assertThat(validate(Topics.ENRICHED, enriched("1a2b3c4d5e6f7a8b"))).isEmpty();
    }

    @Test
    void enrichedSchemaRejectsAMalformedSimhash() {
        assertThat(validate(Topics.ENRICHED, enriched("not-hex"))).isNotEmpty();
    }

    @Test
    void enrichedSchemaRejectsFieldsItDoesNotPublish() {
        ObjectNode json = MAPPER.valueToTree(enriched("1a2b3c4d5e6f7a8b"));
        json.put("undocumented", true);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Schemas.open(Topics.ENRICHED));
        assertThat(schema.validate(json)).isNotEmpty();
    }

    @Test
    void everyTopicHasASchemaAndUnknownTopicsHaveNone() {
        for (String topic : Schemas.TOPICS) {
            assertThat(Schemas.open(topic)).isNotNull();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Schemas.resource("articles.other"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schemaFileNamesMapBackToTheirTopics() {
        assertThat(Schemas.fileName(Topics.ENRICHED)).isEqualTo("articles.enriched.v1.json");
        assertThat(Schemas.topicOfFileName("articles.raw.v1.json")).contains(Topics.RAW);
        assertThat(Schemas.topicOfFileName("articles.raw.v2.json")).isEmpty();
        assertThat(Schemas.topicOfFileName("../pom.xml")).isEmpty();
    }

    private static EnrichedArticle withExtraction(EnrichedArticle e, Double confidence, String failure) {
        return new EnrichedArticle(e.id(), e.source(), e.title(), e.author(), e.publishedAt(), e.language(), e.text(),
                e.dates(), e.entities(), e.contentHash(), e.simhash(), e.minhash(), e.duplicateOf(),
                e.nearDuplicateOf(), e.storyId(), e.removed(), e.analysedUpTo(), confidence, failure);
    }

    private static EnrichedArticle withModifiedAt(EnrichedArticle e, LocalDate modifiedAt) {
        return new EnrichedArticle(e.id(), e.source(), e.title(), e.author(), e.publishedAt(), e.language(), e.text(),
                e.dates(), e.entities(), e.contentHash(), e.simhash(), e.minhash(), e.duplicateOf(),
                e.nearDuplicateOf(), e.storyId(), e.removed(), e.analysedUpTo(), e.extractionConfidence(),
                e.extractionFailure(), modifiedAt);
    }

    private static EnrichedArticle enriched(String simhash) {
        return new EnrichedArticle("abc123", SOURCE, "Title", "Jane Roe", LocalDate.of(2023, 4, 1), "en",
                "Alexander Lukashenko spoke on 1 April 2023.",
                List.of(new DateMention("1 April 2023", 29, 41, "2023-04-01")),
                List.of(new EntityMention("Alexander Lukashenko", 0, 20, EntityType.PERSON, "Alexander Lukashenko",
                        "person:lukashenko-alexander")),
                "f".repeat(64), simhash, List.of(12, -7, 99), null, null, "abc123", List.of(), null);
    }
}
