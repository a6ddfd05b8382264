package io.newsflow.deploy;

import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deployment side (manifests, compose, Dockerfiles, all checked against {@link NewsflowService}) agrees with
 * what each service really configures in its application.properties. A service whose module is not in this
 * checkout is skipped with a message.
 */
class ServiceConfigurationMatchTest {

    private static ServiceConfiguration configurationOf(NewsflowService s) {
        var config = s.configuration();
        assumeTrue(config.isPresent(), s.module + "/src/main/resources/application.properties is not in this checkout: "
                + "skipping the check of the deployment against its configuration");
        return config.get();
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void serviceListensOnThePortAndServesTheHealthAndMetricsPathsTheDeploymentProbes(NewsflowService s) {
        ServiceConfiguration config = configurationOf(s);
        assertThat(config.httpPort()).as(s.module + " quarkus.http.port").isEqualTo(s.port);
        assertThat(config.healthPath("live")).isEqualTo("/q/health/live");
        assertThat(config.healthPath("ready")).isEqualTo("/q/health/ready");
        assertThat(config.healthPath("started")).isEqualTo("/q/health/started");
        assertThat(config.metricsPath()).isEqualTo("/q/metrics");
        assertThat(config.pom()).as(s.module + "/pom.xml serves the probed endpoints")
                .contains("<artifactId>quarkus-smallrye-health</artifactId>")
                .contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>");
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void serviceReadsAndWritesTheTopicsWithTheConsumerGroupTheDeploymentScalesOn(NewsflowService s) {
        ServiceConfiguration config = configurationOf(s);
        Map<String, String> incoming = config.channelTopics("incoming");
        if (s.reads == null) {
            assertThat(incoming).as(s.module + " incoming channels").isEmpty();
        } else {
            assertThat(incoming.values()).as(s.module + " incoming topics").containsExactly(s.reads);
            String channel = incoming.keySet().iterator().next();
            assertThat(config.channelAttribute("incoming", channel, "group.id")).as(s.module + " group.id").hasValue(s.group);
            assertThat(config.channelAttribute("incoming", channel, "failure-strategy")).hasValue("dead-letter-queue");
            assertThat(config.channelAttribute("incoming", channel, "dead-letter-queue.topic")).hasValue(s.deadLetters);
            assertThat(config.channelAttribute("incoming", channel, "auto.offset.reset")).hasValue("earliest");
        }
        if (s.writes != null) {
            assertThat(config.channelTopics("outgoing").values()).as(s.module + " outgoing topics").contains(s.writes);
        }
        config.channelTopics("outgoing").forEach((channel, topic) -> config.channelAttribute("outgoing", channel, "max.request.size")
                .ifPresent(size -> assertThat(Long.parseLong(TopicManifests.config(TopicManifests.base(topic).orElseThrow())
                        .get("max.message.bytes"))).as(topic + " max.message.bytes holds what " + s.module + " may send")
                        .isGreaterThanOrEqualTo(Long.parseLong(size))));
        if (s == NewsflowService.QUERY) {
            assertThat(config.get("quarkus.datasource.db-kind")).hasValue("postgresql");
        }
    }

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void everyEnvironmentVariableTheManifestsSetReachesTheServiceConfiguration(NewsflowService s) {
        ServiceConfiguration config = configurationOf(s);
        assumeTrue(Kustomize.kubectl().isPresent(), "kubectl is not on PATH: skipping the rendered-environment check");
        for (String dir : List.of("overlays/dev", "overlays/prod")) {
            Rendered rendered = Rendered.of(dir);
            Container container = rendered.deployment(s.module).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
            rendered.environment(container).forEach((name, source) -> {
                assertThat(EnvRules.problem(s, name, java.util.Optional.of(config))).as(dir + " " + s.module + " " + name).isEmpty();
                if (name.startsWith("MP_MESSAGING_INCOMING_") && name.endsWith("_GROUP_ID")) {
                    assertThat(Rendered.literal(source)).hasValue(s.group);
                }
            });
        }
    }
}
