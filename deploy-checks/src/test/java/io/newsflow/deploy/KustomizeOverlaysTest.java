package io.newsflow.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.newsflow.contract.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every overlay renders, parses strictly, and deploys the four services the way their conventions require. */
class KustomizeOverlaysTest {

    private static final Set<String> KAFKA_SCALER_PARAMETERS = Set.of("bootstrapServers", "bootstrapServersFromEnv",
            "consumerGroup", "consumerGroupFromEnv", "topic", "topicFromEnv", "lagThreshold", "activationLagThreshold",
            "offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag", "scaleToZeroOnInvalidOffset",
            "limitToPartitionsWithLag", "ensureEvenDistributionOfPartitions", "partitionLimitation", "version",
            "sasl", "tls");

    @BeforeEach
    void needsKubectl() {
        assumeTrue(Kustomize.kubectl().isPresent(),
                "kubectl is not on PATH: skipping the kustomize render checks of deploy/ (install kubectl to run them)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyRenderedObjectParsesStrictlyAgainstItsModel(String dir) {
        List<ObjectNode> objects = Kustomize.render(dir);
        assertThat(objects).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (ObjectNode object : objects) {
            try {
                StrictKubernetes.parse(object);
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).as("objects of deploy/%s that do not parse strictly", dir).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void eachServiceRunsItsImageOnItsPortWithTheThreeHealthProbes(String dir) {
        Rendered rendered = Rendered.of(dir);
        for (NewsflowService s : NewsflowService.values()) {
            Deployment deployment = rendered.deployment(s.module).orElseThrow(
                    () -> new AssertionError(dir + " has no Deployment " + s.module));
            PodTemplateSpec pod = deployment.getSpec().getTemplate();
            assertThat(pod.getMetadata().getLabels()).as(s.module + " selector matches its pods")
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(pod.getSpec().getContainers()).as(s.module + " containers").hasSize(1);
            Container container = pod.getSpec().getContainers().get(0);
            assertThat(container.getImage()).as(s.module + " image").isEqualTo(s.image());
            assertThat(container.getPorts()).as(s.module + " ports")
                    .anySatisfy(p -> {
                        assertThat(p.getName()).isEqualTo("http");
                        assertThat(p.getContainerPort()).isEqualTo(s.port);
                    });
            assertThat(probePath(container.getStartupProbe(), s)).isEqualTo("/q/health/started");
            assertThat(probePath(container.getLivenessProbe(), s)).isEqualTo("/q/health/live");
            assertThat(probePath(container.getReadinessProbe(), s)).isEqualTo("/q/health/ready");
            assertThat(pod.getMetadata().getAnnotations()).as(s.module + " Prometheus scrape annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(s.port))
                    .containsEntry("prometheus.io/path", "/q/metrics");
            assertThat(rendered.environment(container)).as(s.module + " env").containsKey("KAFKA_BOOTSTRAP_SERVERS");

            Service service = rendered.service(s.module).orElseThrow(
                    () -> new AssertionError(dir + " has no Service " + s.module));
            assertThat(pod.getMetadata().getLabels()).as(s.module + " Service selects its pods")
                    .containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).as(s.module + " Service port")
                    .anySatisfy(p -> {
                        assertThat(p.getPort()).isEqualTo(s.port);
                        assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
                    });
        }
    }

    private static String probePath(Probe probe, NewsflowService s) {
        assertThat(probe).as(s.module + " probe").isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(s.module + " probe is an HTTP GET").isNotNull();
        assertThat(get.getPort().getStrVal()).as(s.module + " probe port").isEqualTo("http");
        return get.getPath();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyPodRunsNonRootOnAReadOnlyRootWithoutPrivilegesAndWithinLimits(String dir) {
        Rendered rendered = Rendered.of(dir);
        Map<String, PodSpec> pods = Stream.concat(
                rendered.deployments().stream().map(d -> Map.entry(d.getMetadata().getName(), d.getSpec().getTemplate().getSpec())),
                rendered.statefulSets().stream().map(s -> Map.entry(s.getMetadata().getName(), s.getSpec().getTemplate().getSpec())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(pods).isNotEmpty();
        pods.forEach((name, pod) -> {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name + " mounts no API token").isFalse();
            for (Container c : pod.getContainers()) {
                var sc = c.getSecurityContext();
                assertThat(sc).as(name + " container securityContext").isNotNull();
                assertThat(sc.getAllowPrivilegeEscalation()).as(name + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.getReadOnlyRootFilesystem()).as(name + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.getCapabilities().getDrop()).as(name + " capabilities dropped").containsExactly("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(name + " capabilities added").isNullOrEmpty();
                VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " has a read-only root but no writable /tmp"));
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
                assertThat(volume.getEmptyDir()).as(name + " /tmp is an emptyDir").isNotNull();
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = c.getResources().getRequests().get(resource);
                    Quantity limit = c.getResources().getLimits().get(resource);
                    assertThat(request).as(name + " requests " + resource).isNotNull();
                    assertThat(limit).as(name + " limits " + resource).isNotNull();
                    assertThat(limit.getNumericalAmount()).as(name + " " + resource + " limit >= request")
                            .isGreaterThanOrEqualTo(request.getNumericalAmount());
                }
            }
        });
        Container enrich = rendered.deployment(NewsflowService.ENRICH.module).orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(enrich.getResources().getRequests().get("memory").getNumericalAmount())
                .as("enrich-service memory request (the NER models need about 2 GiB)")
                .isGreaterThanOrEqualTo(new Quantity("2Gi").getNumericalAmount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void credentialsComeFromSecretsNeverFromConfigMapsOrLiterals(String dir) {
        Rendered rendered = Rendered.of(dir);
        rendered.configMaps().forEach(cm -> cm.getData().forEach((k, v) ->
                assertThat(k + "=" + v).as("ConfigMap " + cm.getMetadata().getName())
                        .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("jdbc:")
                        .doesNotContainIgnoringCase("username")));
        Container query = rendered.deployment(NewsflowService.QUERY.module).orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = rendered.environment(query);
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(env.get(name)).as("query-service " + name).startsWith("secret:newsflow-db/");
        }
        for (Deployment d : rendered.deployments()) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                rendered.environment(c).forEach((name, source) -> {
                    if (name.contains("PASSWORD")) {
                        assertThat(source).as(d.getMetadata().getName() + " " + name).startsWith("secret:");
                    }
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyReferencedSecretIsRenderedOrDocumentedForOperators(String dir) {
        Rendered rendered = Rendered.of(dir);
        String kustomization = Repo.read(Repo.path("deploy/" + dir + "/kustomization.yaml"));
        List<String> refs = Stream.concat(rendered.deployments().stream().map(d -> d.getSpec().getTemplate()),
                        rendered.statefulSets().stream().map(s -> s.getSpec().getTemplate()))
                .flatMap(t -> t.getSpec().getContainers().stream())
                .flatMap(c -> rendered.environment(c).values().stream())
                .filter(source -> source.startsWith("secret:"))
                .map(source -> source.substring("secret:".length()))
                .distinct().toList();
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String name = ref.substring(0, ref.indexOf('/'));
            String key = ref.substring(ref.indexOf('/') + 1);
            var secret = Rendered.named(rendered.secrets(), name);
            if (secret.isPresent()) {
                Map<String, String> data = secret.get().getData() != null ? secret.get().getData() : Map.of();
                assertThat(data).as(dir + " Secret " + name).containsKey(key);
            } else {
                assertThat(kustomization).as(dir + " renders no Secret " + name
                                + ", so its kustomization.yaml must tell operators to create it with key " + key)
                        .contains("secret generic " + name).contains(key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void ingestWatchesTheSharedInboxVolume(String dir) {
        Rendered rendered = Rendered.of(dir);
        PodSpec pod = rendered.deployment(NewsflowService.INGEST.module).orElseThrow().getSpec().getTemplate().getSpec();
        Volume inbox = pod.getVolumes().stream().filter(v -> v.getPersistentVolumeClaim() != null).findFirst()
                .orElseThrow(() -> new AssertionError("ingest-service mounts no PersistentVolumeClaim"));
        var claim = Rendered.named(rendered.claims(), inbox.getPersistentVolumeClaim().getClaimName())
                .orElseThrow(() -> new AssertionError("claim " + inbox.getPersistentVolumeClaim().getClaimName() + " not rendered"));
        if (dir.endsWith("prod")) {
            assertThat(claim.getSpec().getAccessModes()).as("prod inbox shared by ingest replicas").contains("ReadWriteMany");
        }
        Container container = pod.getContainers().get(0);
        String mount = container.getVolumeMounts().stream().filter(m -> m.getName().equals(inbox.getName()))
                .findFirst().orElseThrow().getMountPath();
        Map<String, String> env = rendered.environment(container);
        for (String name : List.of("NEWSFLOW_INGEST_INBOX", "NEWSFLOW_INGEST_PROCESSED_DIR", "NEWSFLOW_INGEST_FAILED_DIR")) {
            assertThat(Rendered.literal(env.getOrDefault(name, ""))).as("ingest-service " + name)
                    .hasValueSatisfying(path -> assertThat(path).startsWith(mount + "/"));
        }
    }

    @Test
    void baseInboxClaimIsReadWriteMany() {
        Rendered base = Rendered.of("base");
        assertThat(base.claims()).singleElement()
                .satisfies(c -> assertThat(c.getSpec().getAccessModes()).containsExactly("ReadWriteMany"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyTopicAndDeadLetterTopicIsDeclaredWithSafeSettings(String dir) {
        Rendered rendered = Rendered.of(dir);
        assertThat(rendered.topics()).extracting(t -> t.spec().topicName()).containsExactlyInAnyOrder(
                Topics.RAW, Topics.CLEAN, Topics.ENRICHED, Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER,
                Topics.ENRICHED_DEAD_LETTER);
        for (CustomResources.KafkaTopic topic : rendered.topics()) {
            String name = topic.spec().topicName();
            Map<String, Object> config = topic.spec().config();
            assertThat(topic.metadata().getLabels()).as(name + " cluster label").containsEntry("strimzi.io/cluster", "newsflow");
            int minIsr = Integer.parseInt(String.valueOf(config.get("min.insync.replicas")));
            assertThat(minIsr).as(name + " min.insync.replicas").isBetween(1, topic.spec().replicas());
            if (dir.endsWith("prod")) {
                assertThat(minIsr).as(name + ": one broker may fail without blocking producers").isLessThan(topic.spec().replicas());
            }
            assertThat(config).as(name + " cleanup.policy").containsKey("cleanup.policy");
        }
        long day = 86_400_000L;
        assertThat(retention(rendered, Topics.RAW)).as("articles.raw is kept long enough to replay").isGreaterThanOrEqualTo(7 * day);
        assertThat(rendered.topic(Topics.ENRICHED).orElseThrow().spec().config())
                .as("articles.enriched is compacted by article id").containsEntry("cleanup.policy", "compact");
        for (String dlq : List.of(Topics.RAW_DEAD_LETTER, Topics.CLEAN_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER)) {
            assertThat(retention(rendered, dlq)).as(dlq + " outlives its source topic's shortest retention")
                    .isGreaterThanOrEqualTo(retention(rendered, Topics.RAW));
        }
    }

    private static long retention(Rendered rendered, String topic) {
        return Long.parseLong(String.valueOf(rendered.topic(topic).orElseThrow().spec().config().get("retention.ms")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void kedaScalesCleanerAndEnrichOnTheLagOfTheirOwnGroupWithinThePartitions(String dir) {
        Rendered rendered = Rendered.of(dir);
        assertThat(rendered.scaledObjects()).extracting(so -> so.spec().scaleTargetRef().name())
                .containsExactlyInAnyOrder(NewsflowService.CLEANER.module, NewsflowService.ENRICH.module);
        for (CustomResources.ScaledObject so : rendered.scaledObjects()) {
            NewsflowService s = NewsflowService.byModule(so.spec().scaleTargetRef().name());
            Container container = rendered.deployment(s.module).orElseThrow(
                            () -> new AssertionError("ScaledObject targets missing Deployment " + s.module))
                    .getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> env = rendered.environment(container);
            assertThat(so.spec().triggers()).as(s.module + " triggers").singleElement().satisfies(trigger -> {
                assertThat(trigger.type()).isEqualTo("kafka");
                Map<String, String> meta = trigger.metadata();
                assertThat(meta.keySet()).as(s.module + " kafka scaler parameters").isSubsetOf(KAFKA_SCALER_PARAMETERS);
                assertThat(meta).as(s.module + " trigger").containsEntry("topic", s.reads).containsEntry("consumerGroup", s.group)
                        // the consumers' auto.offset.reset: a group without offsets counts the whole topic as lag
                        .containsEntry("offsetResetPolicy", "earliest");
                assertThat(env).as(s.module + " env named by bootstrapServersFromEnv")
                        .containsKey(meta.get("bootstrapServersFromEnv"));
                assertThat(Long.parseLong(meta.get("lagThreshold"))).isPositive();
            });
            assertThat(env.entrySet()).as(s.module + " sets its consumer group explicitly, as KEDA measures it")
                    .anySatisfy(e -> {
                        assertThat(e.getKey()).startsWith("MP_MESSAGING_INCOMING_").endsWith("_GROUP_ID");
                        assertThat(Rendered.literal(e.getValue())).hasValue(s.group);
                    });
            int partitions = rendered.topic(s.reads).orElseThrow().spec().partitions();
            int consumersPerPod = consumersPerPod(env);
            assertThat(so.spec().maxReplicaCount() * consumersPerPod)
                    .as(s.module + " maxReplicaCount x %d consumers per pod <= partitions of %s", consumersPerPod, s.reads)
                    .isBetween(so.spec().minReplicaCount(), partitions);
            assertThat(so.spec().minReplicaCount()).as(s.module + " minReplicaCount").isPositive();
        }
    }

    /** Kafka consumers one pod runs: a service's {@code *_CONCURRENCY} setting (the channel's concurrency), else 1. */
    private static int consumersPerPod(Map<String, String> env) {
        return env.entrySet().stream().filter(e -> e.getKey().endsWith("_CONCURRENCY"))
                .map(e -> Rendered.literal(e.getValue()).orElseThrow(
                        () -> new AssertionError(e.getKey() + " must be a literal KEDA's bound can be checked against")))
                .mapToInt(Integer::parseInt).findFirst().orElse(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void autoscaledDeploymentsLeaveTheReplicaCountToKeda(String dir) {
        Rendered rendered = Rendered.of(dir);
        for (CustomResources.ScaledObject so : rendered.scaledObjects()) {
            assertThat(rendered.deployment(so.spec().scaleTargetRef().name()).orElseThrow().getSpec().getReplicas())
                    .as(so.spec().scaleTargetRef().name() + " sets no replicas, so re-applying does not fight KEDA").isNull();
        }
    }

    @Test
    void prodRunsEveryServiceRedundantlyWithADisruptionBudget() {
        Rendered prod = Rendered.of("overlays/prod");
        for (NewsflowService s : NewsflowService.values()) {
            Deployment deployment = prod.deployment(s.module).orElseThrow();
            int replicas = prod.scaledObjects().stream().filter(so -> so.spec().scaleTargetRef().name().equals(s.module))
                    .map(so -> so.spec().minReplicaCount()).findFirst().orElse(deployment.getSpec().getReplicas());
            assertThat(replicas).as(s.module + " replicas in prod").isGreaterThanOrEqualTo(2);
            if (s.reads != null && deployment.getSpec().getReplicas() != null) {
                assertThat(deployment.getSpec().getReplicas()).as(s.module + " replicas <= partitions of " + s.reads)
                        .isLessThanOrEqualTo(prod.topic(s.reads).orElseThrow().spec().partitions());
            }
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .as(s.module + " replicas spread over nodes").anySatisfy(c -> {
                        assertThat(c.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                        assertThat(podLabels).containsAllEntriesOf(c.getLabelSelector().getMatchLabels());
                        assertThat(c.getMatchLabelKeys()).contains("app.kubernetes.io/name");
                    });
            assertThat(prod.disruptionBudgets()).as(s.module + " PodDisruptionBudget").anySatisfy(pdb -> {
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as("a drain can still evict one pod")
                        .isBetween(1, replicas - 1);
            });
        }
    }

    @Test
    void devRunsSingleNodeKraftKafkaAndPostgresThatTheSecretsPointTo() {
        Rendered dev = Rendered.of("overlays/dev");
        CustomResources.Kafka kafka = dev.kafkas().stream().findFirst().orElseThrow(() -> new AssertionError("no Kafka"));
        String cluster = kafka.metadata().getName();
        assertThat(kafka.metadata().getAnnotations()).as("KRaft with node pools")
                .containsEntry("strimzi.io/node-pools", "enabled").containsEntry("strimzi.io/kraft", "enabled");
        assertThat(kafka.spec().entityOperator().topicOperator()).as("Topic Operator for the KafkaTopics").isNotNull();
        List<CustomResources.KafkaNodePool> pools = dev.nodePools().stream()
                .filter(p -> cluster.equals(p.metadata().getLabels().get("strimzi.io/cluster"))).toList();
        assertThat(pools).as("node pools of " + cluster).isNotEmpty();
        assertThat(pools).flatExtracting(p -> p.spec().roles())
                .contains(CustomResources.NodeRole.CONTROLLER, CustomResources.NodeRole.BROKER);
        int brokers = pools.stream().filter(p -> p.spec().roles().contains(CustomResources.NodeRole.BROKER))
                .mapToInt(p -> p.spec().replicas()).sum();
        assertThat(brokers).as("single node").isEqualTo(1);
        for (CustomResources.KafkaTopic topic : dev.topics()) {
            assertThat(topic.metadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            assertThat(topic.spec().replicas()).as(topic.spec().topicName() + " replicas <= brokers").isLessThanOrEqualTo(brokers);
        }

        URI bootstrap = URI.create("kafka://" + secretValue(dev, "newsflow-kafka", "bootstrap-servers"));
        assertThat(bootstrap.getHost()).isEqualTo(cluster + "-kafka-bootstrap");
        assertThat(kafka.spec().kafka().listeners()).as("a plain listener on the bootstrap port")
                .anySatisfy(l -> {
                    assertThat(l.port()).isEqualTo(bootstrap.getPort());
                    assertThat(l.tls()).isFalse();
                });

        URI jdbc = URI.create(secretValue(dev, "newsflow-db", "jdbc-url").substring("jdbc:".length()));
        Service db = dev.service(jdbc.getHost()).orElseThrow(() -> new AssertionError("jdbc-url host " + jdbc.getHost() + " is no Service"));
        assertThat(db.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getPort()).isEqualTo(jdbc.getPort()));
        var postgres = dev.statefulSets().stream()
                .filter(s -> s.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                        .containsAll(db.getSpec().getSelector().entrySet()))
                .findFirst().orElseThrow(() -> new AssertionError("no StatefulSet behind Service " + db.getMetadata().getName()));
        Map<String, String> env = dev.environment(postgres.getSpec().getTemplate().getSpec().getContainers().get(0));
        assertThat(env).containsEntry("POSTGRES_USER", "secret:newsflow-db/username")
                .containsEntry("POSTGRES_PASSWORD", "secret:newsflow-db/password")
                .containsEntry("POSTGRES_DB", "value:" + jdbc.getPath().substring(1));
    }

    private static String secretValue(Rendered rendered, String name, String key) {
        var secret = Rendered.named(rendered.secrets(), name).orElseThrow(() -> new AssertionError("no Secret " + name));
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
