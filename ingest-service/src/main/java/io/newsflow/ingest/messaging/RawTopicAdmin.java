package io.newsflow.ingest.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsflow.contract.Topics;
import io.newsflow.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes sure articles.raw accepts records as large as ingest may send: brokers default to about 1 MB, ingest accepts
 * drops up to 10 MB. Without this an accepted drop would fail in the producer instead of being refused with a reason.
 */
@ApplicationScoped
public class RawTopicAdmin {

    private static final Logger LOG = Logger.getLogger(RawTopicAdmin.class);
    private static final long TIMEOUT_SECONDS = 15;

    @Inject
    IngestConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public void ensureTopic() {
        if (!config.topic().manage()) {
            return;
        }
        String maxBytes = String.valueOf(config.maxRecordBytes());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!existing.contains(Topics.RAW)) {
                NewTopic topic = new NewTopic(Topics.RAW, Optional.of(config.topic().partitions()), Optional.empty())
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
                admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("created topic %s with max.message.bytes=%s", Topics.RAW, maxBytes);
                return;
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
            Config current = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(resource);
            ConfigEntry entry = current.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry == null || Long.parseLong(entry.value()) < config.maxRecordBytes()) {
                admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes), AlterConfigOp.OpType.SET))))
                        .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("raised max.message.bytes of %s to %s", Topics.RAW, maxBytes);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("cannot check topic %s on %s (%s); large drops may be rejected by the broker", Topics.RAW,
                    bootstrapServers, e.toString());
        }
    }
}
