package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.domain.ArticleIds;
import io.newsflow.ingest.domain.Hashes;
import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(value = PrefilledInboxResource.class, restrictToAnnotatedClass = true)
class RestartTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void files_left_in_flight_are_republished_with_their_id_and_files_waiting_are_taken_at_start() {
        String expectedId = ArticleIds.derive(PrefilledInboxResource.TOKEN, PrefilledInboxResource.IN_FLIGHT_NAME,
                Hashes.sha256Hex(PrefilledInboxResource.IN_FLIGHT_BYTES));
        Path processed = PrefilledInboxResource.DATA.resolve("processed");
        try (RawTopicReader reader = new RawTopicReader(bootstrapServers)) {
            Map<String, RawArticle> byKey = await().atMost(Duration.ofSeconds(30)).until(reader::byKey,
                    m -> m.containsKey(expectedId) && m.values().stream()
                            .anyMatch(a -> a.source().fileName().equals(PrefilledInboxResource.WAITING_NAME)));
            RawArticle recovered = byKey.get(expectedId);
            assertThat(recovered.source().fileName()).isEqualTo(PrefilledInboxResource.IN_FLIGHT_NAME);
            assertThat(recovered.source().receivedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
            assertThat(reader.poll()).filteredOn(r -> r.key().equals(expectedId)).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Files.exists(processed.resolve(PrefilledInboxResource.IN_FLIGHT_NAME))
                        && Files.exists(processed.resolve(PrefilledInboxResource.WAITING_NAME)));
    }
}
