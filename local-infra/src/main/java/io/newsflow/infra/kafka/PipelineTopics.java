package io.newsflow.infra.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.newsflow.contract.Topics;

/**
 * Creates the pipeline's topics on a local broker before any service starts. Letting the first producer auto-create
 * them races idempotent producers (out-of-order sequence errors) and leaves the broker's 1 MB record limit in place.
 */
public final class PipelineTopics {

    /** Matches ingest's largest accepted record, so an accepted drop can always travel the whole pipeline. */
    public static final String MAX_MESSAGE_BYTES = String.valueOf(32 * 1024 * 1024);
    private static final int PARTITIONS = 3;

    private static final List<String> ALL = List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED,
            Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER);

    private PipelineTopics() {
    }

    public static void create(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : ALL) {
                NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) 1)
                        .configs(Map.of("max.message.bytes", MAX_MESSAGE_BYTES));
                try {
                    admin.createTopics(List.of(newTopic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
