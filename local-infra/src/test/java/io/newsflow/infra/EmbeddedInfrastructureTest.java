package io.newsflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.Topics;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import io.newsflow.infra.kafka.PipelineTopics;
import io.newsflow.infra.postgres.EmbeddedPostgresServer;

class EmbeddedInfrastructureTest {

    @Test
    void embeddedBrokerAcceptsAndServesARecord() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                        new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>("infra.test", "key-1", "hello")).get();
            consumer.subscribe(List.of("infra.test"));
            String received = null;
            long deadline = System.currentTimeMillis() + 30_000;
            while (received == null && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    received = records.iterator().next().value();
                }
            }
            assertThat(received).isEqualTo("hello");
        }
    }

    @Test
    void embeddedPostgresServesTheNewsflowDatabase() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
                Connection connection = DriverManager.getConnection(server.jdbcUrl(),
                        EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_database(), version()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(EmbeddedPostgresServer.DATABASE);
            assertThat(result.getString(2)).startsWith("PostgreSQL");
        }
    }

    @Test
    void pipelineTopicsAreCreatedOnceWithRoomForTheLargestAcceptedDrop() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            PipelineTopics.create(broker.bootstrapServers());
            PipelineTopics.create(broker.bootstrapServers());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(Topics.RAW, Topics.CLEAN, Topics.ENRICHED,
                        Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER);
                ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
                Config config = admin.describeConfigs(List.of(raw)).all().get().get(raw);
                assertThat(config.get("max.message.bytes").value()).isEqualTo(PipelineTopics.MAX_MESSAGE_BYTES);
            }
        }
    }

    @Test
    void brokerRestartedOnItsLogDirectoryKeepsItsTopics() throws Exception {
        Path logDir = Files.createTempDirectory("newsflow-kafka-restart-");
        try {
            try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(logDir, Ports.free(), false)) {
                PipelineTopics.create(first.bootstrapServers());
            }
            try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(logDir, Ports.free(), false);
                    Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                            second.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(Topics.RAW, Topics.ENRICHED);
            }
        } finally {
            Directories.deleteRecursively(logDir);
        }
    }
}
