package io.newsflow.ingest.files;

import static io.newsflow.ingest.files.EngineHarness.dropComplete;
import static io.newsflow.ingest.files.EngineHarness.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import io.newsflow.ingest.it.RawTopicReader;

/** Multi-replica and crash behaviour with a real broker in between (records read back from articles.raw). */
class RealBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @TempDir
    Path data;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.startTemporary();
        // As the service does at start: producing into a topic the broker auto-creates at that moment can fail
        // idempotent producers with out-of-order sequence errors while the new partitions get their leader.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.RAW, Optional.of(3), Optional.empty()))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static List<RawArticle> fromTopic(RawTopicReader reader, String prefix) {
        return reader.poll().stream().map(ConsumerRecord::value).map(RawTopicReader::parse)
                .filter(a -> a.source().fileName().startsWith(prefix)).toList();
    }

    @Test
    void two_replicas_on_one_folder_put_each_file_on_the_topic_exactly_once() throws Exception {
        IngestSettings base = EngineHarness.settings(data).withStability(Duration.ofMillis(100), true,
                Duration.ofSeconds(30));
        int files = 200;
        try (KafkaTestPublisher producerA = new KafkaTestPublisher(broker.bootstrapServers(), true);
                KafkaTestPublisher producerB = new KafkaTestPublisher(broker.bootstrapServers(), true);
                IngestEngine a = EngineHarness.start(base.withReplicaId("a"), producerA);
                IngestEngine b = EngineHarness.start(base.withReplicaId("b"), producerB);
                RawTopicReader reader = new RawTopicReader(broker.bootstrapServers())) {
            for (int i = 0; i < files; i++) {
                dropComplete(base.inbox(), "shared-" + i + ".txt", ("shared item " + i).getBytes(StandardCharsets.UTF_8));
                if (i % 20 == 0) {
                    a.scanSoon();
                    b.scanSoon();
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                a.scan();
                b.scan();
                return names(base.processedDir()).size() == files;
            });
            List<RawArticle> onTopic = await().atMost(Duration.ofSeconds(30))
                    .until(() -> fromTopic(reader, "shared-"), list -> list.size() >= files);
            Thread.sleep(1000);
            onTopic = fromTopic(reader, "shared-");
            assertThat(onTopic).hasSize(files);
            assertThat(onTopic.stream().map(x -> x.source().fileName())).doesNotHaveDuplicates();
            assertThat(a.status().publishedCount() + b.status().publishedCount()).isEqualTo(files);
            assertThat(a.status().publishedCount()).isPositive();
            assertThat(b.status().publishedCount()).isPositive();
            // the status each replica serves counts the drops of both
            assertThat(a.snapshot().published()).isEqualTo(files);
            assertThat(b.snapshot().published()).isEqualTo(files);
        }
    }

    @Test
    void a_crash_after_sending_and_before_moving_republishes_the_same_id_and_loses_nothing() throws Exception {
        IngestSettings settings = EngineHarness.settings(data).withReplicaId("crashy");
        dropComplete(settings.inbox(), "crash-before-move.txt", "Tide tables for May.".getBytes(StandardCharsets.UTF_8));
        try (KafkaTestPublisher sendsThenDies = new KafkaTestPublisher(broker.bootstrapServers(), false);
                RawTopicReader reader = new RawTopicReader(broker.bootstrapServers())) {
            IngestEngine crashed = EngineHarness.start(settings, sendsThenDies);
            await().atMost(Duration.ofSeconds(30)).until(() -> fromTopic(reader, "crash-before-move").size() == 1);
            crashed.close();
            assertThat(names(settings.processedDir())).isEmpty();

            try (KafkaTestPublisher producer = new KafkaTestPublisher(broker.bootstrapServers(), true);
                    IngestEngine restarted = EngineHarness.start(settings, producer)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> names(settings.processedDir()).size() == 1);
            }
            List<RawArticle> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> fromTopic(reader, "crash-before-move"), list -> list.size() == 2);
            Map<String, RawArticle> byId = records.stream()
                    .collect(Collectors.toMap(RawArticle::id, Function.identity(), (x, y) -> {
                        assertThat(y).isEqualTo(x);
                        return x;
                    }));
            assertThat(byId).hasSize(1);
            assertThat(reader.poll()).filteredOn(r -> byId.containsKey(r.key())).hasSize(2);
        }
    }
}
