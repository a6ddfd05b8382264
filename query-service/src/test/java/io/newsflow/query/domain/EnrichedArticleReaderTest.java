package io.newsflow.query.domain;

import static io.newsflow.query.TestArticles.article;
import static io.newsflow.query.TestArticles.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityType;
import io.newsflow.query.TestArticles;

class EnrichedArticleReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final EnrichedArticleReader reader = new EnrichedArticleReader(MAPPER);

    private static EnrichedArticle sample() {
        String text = "Ada Okafor spoke in Portvale.";
        return article("a1").text(text)
                .entities(mention("Ada Okafor", text, EntityType.PERSON, "Ada Okafor", "person:ada-okafor"))
                .build();
    }

    @Test
    void validRecordIsReadAsPublished() throws Exception {
        EnrichedArticle sent = sample();
        assertThat(reader.read("a1", MAPPER.writeValueAsString(sent))).isEqualTo(sent);
        assertThat(reader.read(null, MAPPER.writeValueAsString(sent))).isEqualTo(sent);
    }

    @Test
    void aTwoMegabyteRecordWithThreeThousandMentionsIsReadWithinSeconds() throws Exception {
        EnrichedArticle sent = TestArticles.big("big-1", "ledger", 3_000, 2_000_000);
        String json = MAPPER.writeValueAsString(sent);

        long start = System.nanoTime();
        EnrichedArticle read = reader.read("big-1", json);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(read).isEqualTo(sent);
    }

    @Test
    void fieldsAProducerAddedLaterAreTolerated() throws Exception {
        ObjectNode json = MAPPER.valueToTree(sample());
        json.put("sentiment", 0.4);
        ((ObjectNode) json.get("source")).put("crawler", "x");
        assertThat(reader.read("a1", json.toString())).isEqualTo(sample());
    }

    @Test
    void recordMissingRequiredFieldsIsRefusedNamingThem() throws Exception {
        ObjectNode json = MAPPER.valueToTree(sample());
        json.remove("contentHash");
        json.put("simhash", "xyz");
        assertThatThrownBy(() -> reader.read("a1", json.toString()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("record does not match META-INF/schemas/articles.enriched.v1.json: ")
                .hasMessageContaining("contentHash")
                .hasMessageContaining("simhash");
    }

    @Test
    void entityMentionWithoutIdentityKeyIsRefused() throws Exception {
        ObjectNode json = MAPPER.valueToTree(sample());
        ((ObjectNode) json.get("entities").get(0)).remove("key");
        assertThatThrownBy(() -> reader.read("a1", json.toString())).hasMessageContaining("key");
    }

    @Test
    void textThatIsNotJsonOrEmptyIsRefused() {
        assertThatThrownBy(() -> reader.read("a1", "{ not json"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("record value is not JSON: ");
        assertThatThrownBy(() -> reader.read("a1", " ")).hasMessage("record value is empty");
        assertThatThrownBy(() -> reader.read("a1", null)).hasMessage("record value is empty");
    }

    @Test
    void keyThatIsNotTheArticleIdIsRefused() throws Exception {
        String json = MAPPER.writeValueAsString(sample());
        assertThatThrownBy(() -> reader.read("other", json))
                .hasMessage("record key 'other' differs from article id 'a1'");
    }
}
