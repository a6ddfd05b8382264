package io.newsflow.enrich.messaging.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Source;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.duplicates.SameTopicStories;
import io.newsflow.infra.Ports;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;

/** The restorer against a real broker: what the previous run published decides the verdicts of the next one. */
class DuplicateIndexRestorerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.startTemporary();
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void verdictsPublishedBeforeARestartClassifyTheCopiesArrivingAfterIt() throws Exception {
        createEnrichedTopic(3);
        String original = SameTopicStories.EVACUATION;
        String wrapped = SameTopicStories.wrapped(original);
        Fingerprint legacySignature = fingerprinter.fingerprint(SameTopicStories.CRITICISM);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, "a1", json(article("a1", original, fingerprinter.fingerprint(original),
                    new DuplicateVerdict(null, null, "a1"))));
            send(producer, "a2", json(article("a2", original, fingerprinter.fingerprint(original),
                    new DuplicateVerdict("a1", null, "a1"))));
            send(producer, "a3", json(article("a3", wrapped, fingerprinter.fingerprint(wrapped),
                    new DuplicateVerdict(null, "a1", "a1"))));
            // A record whose signature has another length: its signatures are computed again from its text.
            send(producer, "legacy", json(article("legacy", SameTopicStories.CRITICISM, new Fingerprint(
                    legacySignature.contentHash(), legacySignature.simhash(), List.of(1, 2, 3)),
                    new DuplicateVerdict(null, null, "legacy"))));
            send(producer, "broken", "{not json".getBytes(StandardCharsets.UTF_8));
            send(producer, "deleted", null);
        }
        DuplicateIndex index = new LshDuplicateIndex();

        DuplicateIndexRestorer.Result result = new DuplicateIndexRestorer(index, fingerprinter,
                broker.bootstrapServers(), TIMEOUT).restore();

        assertThat(result).isEqualTo(new DuplicateIndexRestorer.Result(3, 6, 4, 2));
        assertThat(index.register("after-restart", fingerprinter.fingerprint(original)))
                .isEqualTo(new DuplicateVerdict("a1", null, "a1"));
        assertThat(index.register("updated", fingerprinter.fingerprint(SameTopicStories.updatedEvacuation())).storyId())
                .isEqualTo("a1");
        assertThat(index.register("legacy-copy", fingerprinter.fingerprint(SameTopicStories.CRITICISM)))
                .isEqualTo(new DuplicateVerdict("legacy", null, "legacy"));
        assertThat(index.register("a3", fingerprinter.fingerprint(wrapped)))
                .as("a re-delivered article keeps its verdict").isEqualTo(new DuplicateVerdict(null, "a1", "a1"));
        assertThat(index.register("other", fingerprinter.fingerprint(SameTopicStories.INSURANCE)))
                .isEqualTo(new DuplicateVerdict(null, null, "other"));
    }

    @Test
    void firstStartWithoutTheTopicRestoresNothing() {
        DuplicateIndex index = new LshDuplicateIndex();

        DuplicateIndexRestorer.Result result = new DuplicateIndexRestorer(index, fingerprinter,
                broker.bootstrapServers(), TIMEOUT).restore();

        assertThat(result).isEqualTo(new DuplicateIndexRestorer.Result(0, 0, 0, 0));
        assertThat(index.register("a1", fingerprinter.fingerprint(SameTopicStories.CLEANUP)))
                .isEqualTo(new DuplicateVerdict(null, null, "a1"));
    }

    @Test
    void unreachableBrokerFailsWithTheAddressInTheReason() {
        String nowhere = "localhost:" + Ports.free();
        DuplicateIndexRestorer restorer = new DuplicateIndexRestorer(new LshDuplicateIndex(), fingerprinter, nowhere,
                Duration.ofSeconds(2));

        assertThatThrownBy(restorer::restore).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(nowhere).hasMessageContaining(Topics.ENRICHED);
    }

    private void createEnrichedTopic(int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.ENRICHED, partitions, (short) 1))).all().get();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ENRICHED, key, value)).get();
    }

    private byte[] json(EnrichedArticle article) throws Exception {
        return mapper.writeValueAsBytes(article);
    }

    private static EnrichedArticle article(String id, String text, Fingerprint fingerprint, DuplicateVerdict verdict) {
        Source source = new Source(id + ".txt", id + ".txt", text.length(), "0".repeat(64), "UTF-8", "text/plain",
                Instant.parse("2024-04-14T09:00:00Z"));
        return new EnrichedArticle(id, source, "Title of " + id, null, LocalDate.of(2024, 4, 14), "en", text,
                List.of(), List.of(), fingerprint.contentHash(), fingerprint.simhash(), fingerprint.minhash(),
                verdict.duplicateOf(), verdict.nearDuplicateOf(), verdict.storyId(), List.of());
    }
}
