package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contract.Schemas;
import io.newsflow.contract.Topics;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docs/asyncapi.yaml against what really runs: the topic manifests (partitions, replicas, retention, cleanup), the
 * JSON Schemas event-contract publishes, the KEDA consumer groups and the services' channel configuration.
 */
class AsyncApiContractTest {

    private static final JsonNode DOC = Repo.readYaml("docs/asyncapi.yaml");
    private static final List<String> ALL_TOPICS = List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED,
            Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER);
    /** The topicConfiguration keys of the AsyncAPI Kafka binding 0.5.0 that a KafkaTopic can set. */
    private static final List<String> BINDING_CONFIG = List.of("cleanup.policy", "retention.ms", "retention.bytes",
            "delete.retention.ms", "max.message.bytes");

    /** Follows local $refs ("#/components/..."). */
    private static JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && current.get("$ref").asText().startsWith("#/"); hops++) {
            assertThat(hops).as("$ref chain").isLessThan(10);
            String ref = current.get("$ref").asText();
            current = DOC.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("$ref " + ref + " resolves").isFalse();
        }
        return current;
    }

    private static JsonNode channel(String topic) {
        List<JsonNode> matches = new ArrayList<>();
        DOC.path("channels").forEach(c -> {
            if (topic.equals(c.path("address").asText())) {
                matches.add(c);
            }
        });
        assertThat(matches).as("AsyncAPI channel with address " + topic).hasSize(1);
        return matches.get(0);
    }

    private static String channelKey(String topic) {
        var it = DOC.path("channels").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (topic.equals(e.getValue().path("address").asText())) {
                return e.getKey();
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    private static JsonNode onlyMessage(JsonNode channel) {
        assertThat(channel.path("messages").size()).as(channel.path("address").asText() + " messages").isEqualTo(1);
        return deref(channel.path("messages").elements().next());
    }

    @Test
    void documentIsAsyncApi3WithOneChannelPerTopicAndDeadLetterTopic() {
        assertThat(DOC.path("asyncapi").asText()).startsWith("3.");
        List<String> addresses = new ArrayList<>();
        DOC.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(ALL_TOPICS);
        DOC.path("channels").forEach(c -> assertThat(c.path("bindings").path("kafka").path("topic").asText())
                .isEqualTo(c.path("address").asText()));
    }

    @Test
    void kafkaBindingsMatchTheKafkaTopicManifests() {
        for (String topic : ALL_TOPICS) {
            JsonNode binding = channel(topic).path("bindings").path("kafka");
            CustomResources.KafkaTopic manifest = TopicManifests.base(topic)
                    .orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic));
            Map<String, String> config = TopicManifests.config(manifest);
            assertThat(binding.path("partitions").asInt()).as(topic + " partitions").isEqualTo(manifest.spec().partitions());
            assertThat(binding.path("replicas").asInt()).as(topic + " replicas").isEqualTo(manifest.spec().replicas());
            JsonNode documented = binding.path("topicConfiguration");
            for (String key : BINDING_CONFIG) {
                JsonNode value = documented.path(key);
                if (key.equals("cleanup.policy")) {
                    List<String> policies = new ArrayList<>();
                    value.forEach(v -> policies.add(v.asText()));
                    assertThat(policies).as(topic + " cleanup.policy")
                            .containsExactlyInAnyOrder(config.get(key).split(","));
                } else if (config.containsKey(key)) {
                    assertThat(value.asText()).as(topic + " " + key).isEqualTo(config.get(key));
                } else {
                    assertThat(value.isMissingNode()).as(topic + " documents " + key + " the manifest does not set").isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = NewsflowService.class, names = {"INGEST", "CLEANER", "ENRICH"})
    void recordsAreKeyedByIdWithTheirPublishedSchemaAndCloudEventsHeaders(NewsflowService producer) throws IOException {
        String topic = producer.writes;
        JsonNode message = onlyMessage(channel(topic));
        assertThat(deref(message.path("bindings").path("kafka").path("key")).path("type").asText()).as(topic + " key").isEqualTo("string");
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");

        String ref = message.path("payload").path("schema").path("$ref").asText();
        Path schemaFile = Repo.path("docs").resolve(ref).normalize();
        assertThat(schemaFile).as(topic + " payload schema file").isRegularFile();
        JsonNode published;
        try (InputStream in = Schemas.open(topic)) {
            published = new ObjectMapper().readTree(in);
        }
        assertThat(new ObjectMapper().readTree(schemaFile.toFile())).as(ref + " is the schema event-contract publishes")
                .isEqualTo(published);
        assertThat(message.path("payload").path("schemaFormat").asText())
                .as("schema format names the schema's own draft").contains(published.path("$schema").asText()
                        .replaceAll(".*/draft/([^/]+)/schema$", "draft-$1"));

        JsonNode headers = deref(message.path("headers"));
        Map<String, JsonNode> properties = headerProperties(headers);
        Set<String> required = new TreeSet<>();
        headers.path("allOf").forEach(part -> deref(part).path("required").forEach(r -> required.add(r.asText())));
        assertThat(required).as(topic + " CloudEvents binary-mode headers").contains("ce_specversion", "ce_id",
                "ce_source", "ce_type", "ce_time", "ce_dataschema", "content-type");
        String stage = topic.substring("articles.".length());
        assertThat(properties.get("ce_type").path("const").asText()).as(topic + " ce_type names the schema version")
                .isEqualTo("io.newsflow.article." + stage + ".v" + Schemas.VERSION);
        assertThat(properties.get("ce_dataschema").path("const").asText()).as(topic + " ce_dataschema is the schema $id")
                .isEqualTo(published.path("$id").asText());
        assertThat(published.path("$id").asText()).endsWith(topic + ".v" + Schemas.VERSION + ".json");
        assertThat(properties.get("ce_source").path("const").asText()).isEqualTo("/newsflow/" + producer.module);
        assertThat(properties.get("ce_specversion").path("const").asText()).isEqualTo("1.0");
    }

    /** The header properties of an allOf header schema, the constrained (const) variant winning. */
    private static Map<String, JsonNode> headerProperties(JsonNode headers) {
        Map<String, JsonNode> properties = new HashMap<>();
        for (JsonNode part : headers.path("allOf")) {
            deref(part).path("properties").fields().forEachRemaining(p -> properties.merge(p.getKey(), p.getValue(),
                    (a, b) -> b.has("const") ? b : a));
        }
        return properties;
    }

    /**
     * SmallRye's Kafka connector writes binary-mode CloudEvents headers for every record of an outgoing channel
     * that configures cloud-events-type and cloud-events-source (ce_id and ce_time are generated); this checks the
     * producers configure the values the document promises.
     */
    @ParameterizedTest
    @EnumSource(value = NewsflowService.class, names = {"INGEST", "CLEANER", "ENRICH"})
    void producersConfigureTheCloudEventsHeadersTheDocumentPromises(NewsflowService producer) {
        var config = producer.configuration();
        assumeTrue(config.isPresent(), producer.module + "/src/main/resources/application.properties is not in this "
                + "checkout: skipping the check of its CloudEvents headers");
        Map<String, JsonNode> promised = headerProperties(deref(onlyMessage(channel(producer.writes)).path("headers")));
        String channel = config.get().channelTopics("outgoing").entrySet().stream()
                .filter(e -> e.getValue().equals(producer.writes)).map(Map.Entry::getKey).findFirst().orElseThrow();
        Map<String, String> expected = Map.of(
                "cloud-events-type", promised.get("ce_type").path("const").asText(),
                "cloud-events-source", promised.get("ce_source").path("const").asText(),
                "cloud-events-data-schema", promised.get("ce_dataschema").path("const").asText(),
                "cloud-events-data-content-type", promised.get("content-type").path("const").asText());
        SoftAssertions.assertSoftly(softly -> {
            expected.forEach((attribute, value) -> softly.assertThat(config.get().channelAttribute("outgoing", channel, attribute))
                    .as("%s application.properties needs mp.messaging.outgoing.%s.%s=%s", producer.module, channel, attribute, value)
                    .hasValue(value));
            softly.assertThat(config.get().channelAttribute("outgoing", channel, "cloud-events").orElse("true")).isEqualTo("true");
            softly.assertThat(config.get().channelAttribute("outgoing", channel, "cloud-events-mode").orElse("binary")).isEqualTo("binary");
        });
    }

    @Test
    void deadLetterRecordsKeepTheirKeyAndCarryTheFailureHeaders() {
        for (String topic : List.of(Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER)) {
            JsonNode message = onlyMessage(channel(topic));
            assertThat(deref(message.path("bindings").path("kafka").path("key")).path("type").asText()).isEqualTo("string");
            assertThat(deref(message.path("headers")).path("properties").has("dead-letter-reason")).as(topic).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void operationsOfEachServiceMatchItsTopicsAndConsumerGroup(NewsflowService s) {
        Map<String, List<String>> ops = operationsOf(s.module);
        List<String> expectedSends = new ArrayList<>();
        if (s.writes != null) {
            expectedSends.add(s.writes);
        }
        if (s.deadLetters != null) {
            expectedSends.add(s.deadLetters);
        }
        assertThat(ops.getOrDefault("send", List.of())).as(s.module + " sends").containsExactlyInAnyOrderElementsOf(expectedSends);
        assertThat(ops.getOrDefault("receive", List.of())).as(s.module + " receives")
                .containsExactlyElementsOf(s.reads == null ? List.of() : List.of(s.reads));
        if (s.reads != null) {
            assertThat(groupIdOf(s.module)).as(s.module + " documented consumer group").isEqualTo(s.group);
        }
    }

    @Test
    void documentedConsumerGroupsAreTheOnesKedaScalesOn() throws IOException {
        List<JsonNode> scaledObjects = new ArrayList<>();
        try (var parser = Repo.YAML.createParser(Repo.path("deploy/base/keda-scaledobjects.yaml").toFile())) {
            Repo.YAML.readValues(parser, JsonNode.class).forEachRemaining(scaledObjects::add);
        }
        assertThat(scaledObjects).isNotEmpty();
        for (JsonNode node : scaledObjects) {
            CustomResources.ScaledObject so = StrictKubernetes.parse(node, CustomResources.ScaledObject.class);
            String module = so.spec().scaleTargetRef().name();
            Map<String, String> trigger = so.spec().triggers().get(0).metadata();
            assertThat(trigger.get("consumerGroup")).as(module).isEqualTo(groupIdOf(module));
            assertThat(operationsOf(module).get("receive")).as(module).containsExactly(trigger.get("topic"));
        }
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void documentedOperationsAreTheChannelsTheServiceConfigures(NewsflowService s) {
        var config = s.configuration();
        assumeTrue(config.isPresent(), s.module + "/src/main/resources/application.properties is not in this checkout: "
                + "skipping the check of docs/asyncapi.yaml against its channels");
        Map<String, List<String>> ops = operationsOf(s.module);
        Map<String, String> incoming = config.get().channelTopics("incoming");
        assertThat(new TreeSet<>(incoming.values())).as(s.module + " configured incoming topics")
                .isEqualTo(new TreeSet<>(ops.getOrDefault("receive", List.of())));
        Set<String> sent = new TreeSet<>(config.get().channelTopics("outgoing").values());
        incoming.keySet().forEach(channel -> {
            config.get().channelAttribute("incoming", channel, "dead-letter-queue.topic").ifPresent(sent::add);
            assertThat(config.get().channelAttribute("incoming", channel, "group.id")).hasValue(groupIdOf(s.module));
        });
        assertThat(sent).as(s.module + " configured outgoing and dead-letter topics")
                .isEqualTo(new TreeSet<>(ops.getOrDefault("send", List.of())));
    }

    /** action -> channel addresses of the operations marked x-newsflow-service: module. */
    private static Map<String, List<String>> operationsOf(String module) {
        Map<String, List<String>> ops = new HashMap<>();
        DOC.path("operations").forEach(op -> {
            if (module.equals(op.path("x-newsflow-service").asText())) {
                String address = deref(op.path("channel")).path("address").asText();
                ops.computeIfAbsent(op.path("action").asText(), a -> new ArrayList<>()).add(address);
                String key = channelKey(address);
                op.path("messages").forEach(m -> assertThat(m.path("$ref").asText())
                        .as("operation messages belong to its channel").startsWith("#/channels/" + key + "/messages/"));
            }
        });
        return ops;
    }

    private static String groupIdOf(String module) {
        List<String> groups = new ArrayList<>();
        DOC.path("operations").forEach(op -> {
            if (module.equals(op.path("x-newsflow-service").asText()) && op.path("action").asText().equals("receive")) {
                op.path("bindings").path("kafka").path("groupId").path("enum").forEach(g -> groups.add(g.asText()));
            }
        });
        assertThat(groups).as(module + " documented groupId").hasSize(1);
        return groups.get(0);
    }

    @Test
    void everyPublishedSchemaIsReferencedByTheDocument() {
        String text = Repo.read(Repo.path("docs/asyncapi.yaml"));
        Arrays.asList(Topics.RAW, Topics.CLEAN, Topics.ENRICHED).forEach(topic ->
                assertThat(text).contains(Schemas.resource(topic)));
        assertThat(Files.isDirectory(Repo.path("event-contract/src/main/resources/META-INF/schemas"))).isTrue();
    }
}
