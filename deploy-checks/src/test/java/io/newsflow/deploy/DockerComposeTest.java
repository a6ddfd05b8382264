package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml, parsed (no Docker engine needed): the services, images, ports, volumes and environment agree
 * with the service conventions, the Kafka listeners and the topic manifests.
 */
class DockerComposeTest {

    private static final JsonNode COMPOSE = Repo.readYaml("docker-compose.yml");
    private static final Pattern CREATE = Pattern.compile("--topic (\\S+) --partitions (\\d+) --replication-factor (\\d+)((?: --config \\S+)*)");

    private static JsonNode service(String name) {
        JsonNode service = COMPOSE.path("services").path(name);
        assertThat(service.isObject()).as("compose service " + name).isTrue();
        return service;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(e -> env.put(e.asText().split("=", 2)[0], e.asText().contains("=") ? e.asText().split("=", 2)[1] : ""));
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void serviceIsBuiltFromItsDockerfileAndPublishedOnItsPort(NewsflowService s) {
        JsonNode service = service(s.module);
        assertThat(service.path("image").asText()).isEqualTo(s.image());
        assertThat(service.path("build").path("context").asText()).isEqualTo("./" + s.module);
        String dockerfile = service.path("build").path("dockerfile").asText();
        assertThat(Repo.path(s.module).resolve(dockerfile)).as("Dockerfile of " + s.module).isEqualTo(s.dockerfile());
        assertThat(Files.isRegularFile(s.dockerfile())).as(s.dockerfile() + " exists").isTrue();
        List<String> ports = new ArrayList<>();
        service.path("ports").forEach(p -> ports.add(p.asText()));
        assertThat(ports).as(s.module + " ports").containsExactly(s.port + ":" + s.port);
        String health = String.join(" ", textList(service.path("healthcheck").path("test")));
        assertThat(health).as(s.module + " health check").contains("/q/health/ready").contains(String.valueOf(s.port));
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void serviceEnvironmentIsUnderstoodByTheServiceAndReachesTheBroker(NewsflowService s) {
        Map<String, String> env = environment(service(s.module));
        var config = s.configuration();
        env.keySet().forEach(name -> assertThat(EnvRules.problem(s, name, config)).as(s.module + " " + name).isEmpty());
        URI bootstrap = URI.create("kafka://" + env.get("KAFKA_BOOTSTRAP_SERVERS"));
        Map<String, String> kafka = environment(service("kafka"));
        List<String> advertised = Arrays.asList(kafka.get("KAFKA_ADVERTISED_LISTENERS").split(","));
        assertThat(advertised).as("the services' bootstrap is an advertised listener reachable in the compose network")
                .anySatisfy(l -> assertThat(l).endsWith("://" + bootstrap.getHost() + ":" + bootstrap.getPort()));
        assertThat(COMPOSE.path("services").has(bootstrap.getHost())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void serviceStartsOnlyAfterWhatItNeedsIsHealthyOrDone(NewsflowService s) {
        JsonNode dependsOn = service(s.module).path("depends_on");
        assertThat(dependsOn.has("kafka-init")).as(s.module + " waits for the topics").isTrue();
        dependsOn.fields().forEachRemaining(dep -> {
            String condition = dep.getValue().path("condition").asText();
            JsonNode target = service(dep.getKey());
            switch (condition) {
                case "service_healthy" -> assertThat(target.has("healthcheck")).as(dep.getKey() + " has a health check").isTrue();
                case "service_completed_successfully" -> assertThat(target.path("restart").asText()).isEqualTo("no");
                default -> throw new AssertionError(s.module + " depends on " + dep.getKey() + " with condition '" + condition + "'");
            }
        });
        assertThat(service("kafka-init").path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void ingestSharesTheInboxBindMountAndWritesUnderIt() {
        JsonNode ingest = service(NewsflowService.INGEST.module);
        assertThat(textList(ingest.path("volumes"))).contains("./data:/data");
        Map<String, String> env = environment(ingest);
        for (String name : List.of("NEWSFLOW_INGEST_INBOX", "NEWSFLOW_INGEST_PROCESSED_DIR", "NEWSFLOW_INGEST_FAILED_DIR")) {
            assertThat(env.get(name)).as(name).startsWith("/data/");
        }
        String init = String.join(" ", textList(service("data-init").path("command")));
        env.values().stream().filter(v -> v.startsWith("/data/"))
                .forEach(dir -> assertThat(init).as("data-init prepares " + dir).contains(dir));
        assertThat(textList(service("data-init").path("volumes"))).contains("./data:/data");
        assertThat(ingest.path("depends_on").path("data-init").path("condition").asText()).isEqualTo("service_completed_successfully");
    }

    @Test
    void queryUsesTheComposeDatabaseWithItsCredentials() {
        Map<String, String> query = environment(service(NewsflowService.QUERY.module));
        Map<String, String> postgres = environment(service("postgres"));
        URI jdbc = URI.create(query.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertThat(jdbc.getScheme()).isEqualTo("postgresql");
        assertThat(COMPOSE.path("services").has(jdbc.getHost())).as("JDBC host is a compose service").isTrue();
        assertThat(jdbc.getPort()).isEqualTo(5432);
        assertThat(jdbc.getPath()).isEqualTo("/" + postgres.get("POSTGRES_DB"));
        assertThat(query).containsEntry("QUARKUS_DATASOURCE_USERNAME", postgres.get("POSTGRES_USER"))
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        assertThat(service(NewsflowService.QUERY.module).path("depends_on").path(jdbc.getHost()).path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(service("postgres").path("image").asText()).startsWith("postgres:16");
        assertThat(textList(service("postgres").path("volumes"))).anySatisfy(v -> assertThat(v).endsWith(":/var/lib/postgresql/data"));
        assertThat(COMPOSE.path("volumes").has("postgres-data")).isTrue();
    }

    @Test
    void kafkaIsASingleKraftNodeReachableFromContainersAndTheHost() {
        JsonNode kafka = service("kafka");
        assertThat(kafka.path("image").asText()).startsWith("apache/kafka:");
        Map<String, String> env = environment(kafka);
        assertThat(env.get("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).startsWith(env.get("KAFKA_NODE_ID") + "@kafka:");
        Set<String> protocolMap = Arrays.stream(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(","))
                .map(e -> e.split(":")[0]).collect(Collectors.toSet());
        Map<String, String> listeners = new HashMap<>();
        for (String listener : env.get("KAFKA_LISTENERS").split(",")) {
            listeners.put(listener.split(":")[0], listener.substring(listener.lastIndexOf(':') + 1));
        }
        assertThat(protocolMap).containsAll(listeners.keySet());
        assertThat(listeners).containsKey(env.get("KAFKA_CONTROLLER_LISTENER_NAMES"))
                .containsKey(env.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("://localhost:9092");
        assertThat(textList(kafka.path("ports"))).contains("9092:9092");
        assertThat(kafka.has("healthcheck")).isTrue();
        assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo("1");
    }

    @Test
    void kafkaInitCreatesTheTopicsOfTheManifestsWithTheirSettings() {
        String script = String.join("\n", textList(service("kafka-init").path("command")));
        Map<String, MatchResult> created = new LinkedHashMap<>();
        CREATE.matcher(script).results().forEach(r -> created.put(r.group(1), r));
        List<CustomResources.KafkaTopic> manifests = TopicManifests.base();
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(manifests.stream().map(t -> t.spec().topicName()).toList());
        for (CustomResources.KafkaTopic topic : manifests) {
            MatchResult create = created.get(topic.spec().topicName());
            assertThat(Integer.parseInt(create.group(2))).as(topic.spec().topicName() + " partitions").isEqualTo(topic.spec().partitions());
            assertThat(create.group(3)).as("one broker").isEqualTo("1");
            Map<String, String> config = new LinkedHashMap<>();
            for (String option : create.group(4).trim().split("\\s*--config\\s+")) {
                if (!option.isBlank()) {
                    config.put(option.split("=", 2)[0], option.split("=", 2)[1]);
                }
            }
            Map<String, String> expected = new LinkedHashMap<>(TopicManifests.config(topic));
            expected.put("min.insync.replicas", "1");
            assertThat(config).as(topic.spec().topicName() + " config").isEqualTo(expected);
        }
    }

    private static List<String> textList(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }
}
