package io.newsflow.enrich.messaging.restore;

import static io.newsflow.enrich.messaging.restore.EnrichedRecords.json;
import static io.newsflow.enrich.messaging.restore.EnrichedRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        EnrichedRecords.publish(broker.bootstrapServers(), List.of(
                record("a1", json("a1", original, fingerprinter.fingerprint(original),
                        new DuplicateVerdict(null, null, "a1"))),
                record("a2", json("a2", original, fingerprinter.fingerprint(original),
                        new DuplicateVerdict("a1", null, "a1"))),
                record("a3", json("a3", wrapped, fingerprinter.fingerprint(wrapped),
                        new DuplicateVerdict(null, "a1", "a1"))),
                // A record whose signature has another length: its signatures are computed again from its text.
                record("legacy", json("legacy", SameTopicStories.CRITICISM, new Fingerprint(
                        legacySignature.contentHash(), legacySignature.simhash(), List.of(1, 2, 3)),
                        new DuplicateVerdict(null, null, "legacy"))),
                record("broken", "{not json".getBytes(StandardCharsets.UTF_8)),
                record("deleted", null)));
        DuplicateIndex index = new LshDuplicateIndex();

        DuplicateIndexRestorer.Result result = new DuplicateIndexRestorer(index, fingerprinter,
                broker.bootstrapServers(), TIMEOUT).restore();

        assertThat(result).isEqualTo(new DuplicateIndexRestorer.Result(3, 6, 4, 0, 2));
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
    void failedExtractionsOnTheTopicAreNotRestoredSoTheNextEmptyPageIsNoCopyOfThem() throws Exception {
        createEnrichedTopic(2);
        Fingerprint empty = fingerprinter.fingerprint("");
        Fingerprint prompt = fingerprinter.fingerprint("Subscribe to read.");
        EnrichedRecords.publish(broker.bootstrapServers(), List.of(
                record("e1", json("e1", "", empty, DuplicateVerdict.ownStory("e1"), "empty-main-text")),
                // as published before failed extractions were left out: a copy of the first empty page
                record("e2", json("e2", "", empty, new DuplicateVerdict("e1", null, "e1"), "empty-main-text")),
                record("p1", json("p1", "Subscribe to read.", prompt, DuplicateVerdict.ownStory("p1"), "too-short")),
                // from a cleaner that did not yet name the failure
                record("blank", json("blank", " ", fingerprinter.fingerprint(" "), DuplicateVerdict.ownStory("blank"))),
                record("a1", json("a1", SameTopicStories.EVACUATION,
                        fingerprinter.fingerprint(SameTopicStories.EVACUATION), DuplicateVerdict.ownStory("a1")))));
        DuplicateIndex index = new LshDuplicateIndex();

        DuplicateIndexRestorer.Result result = new DuplicateIndexRestorer(index, fingerprinter,
                broker.bootstrapServers(), TIMEOUT).restore();

        assertThat(result).isEqualTo(new DuplicateIndexRestorer.Result(2, 5, 1, 4, 0));
        assertThat(index.register("probe-empty", empty)).isEqualTo(DuplicateVerdict.ownStory("probe-empty"));
        assertThat(index.register("probe-prompt", prompt)).isEqualTo(DuplicateVerdict.ownStory("probe-prompt"));
        assertThat(index.register("a1-copy", fingerprinter.fingerprint(SameTopicStories.EVACUATION)))
                .isEqualTo(new DuplicateVerdict("a1", null, "a1"));
    }

    @Test
    void firstStartWithoutTheTopicRestoresNothing() {
        DuplicateIndex index = new LshDuplicateIndex();

        DuplicateIndexRestorer.Result result = new DuplicateIndexRestorer(index, fingerprinter,
                broker.bootstrapServers(), TIMEOUT).restore();

        assertThat(result).isEqualTo(new DuplicateIndexRestorer.Result(0, 0, 0, 0, 0));
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
}
