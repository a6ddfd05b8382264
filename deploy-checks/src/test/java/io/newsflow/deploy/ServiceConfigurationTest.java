package io.newsflow.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How a service's configuration is read, on a fixture module written here. */
class ServiceConfigurationTest {

    @TempDir
    Path module;

    private ServiceConfiguration fixture(String properties) throws Exception {
        Path resources = Files.createDirectories(module.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), properties);
        Path config = Files.createDirectories(module.resolve("src/main/java/io/example/config"));
        Files.writeString(config.resolve("IngestConfig.java"), """
                package io.example.config;
                @ConfigMapping(prefix = "newsflow.ingest")
                public interface IngestConfig {
                    @WithDefault("data/inbox")
                    Path inbox();
                    Optional<Path> processedDir();
                    java.util.List<String> exclude();
                }
                """);
        return ServiceConfiguration.load(module).orElseThrow();
    }

    @Test
    void anAbsentModuleHasNoConfiguration() {
        assertThat(ServiceConfiguration.load(module.resolve("missing"))).isEmpty();
    }

    @Test
    void prodProfileOverridesAndDevAndTestProfilesAreIgnored() throws Exception {
        ServiceConfiguration config = fixture("""
                quarkus.http.port=${PORT:8082}
                %test.quarkus.http.port=0
                %dev.quarkus.http.port=9999
                %prod.quarkus.smallrye-health.root-path=healthz
                """);
        assertThat(config.httpPort()).isEqualTo(8082);
        assertThat(config.healthPath("ready")).isEqualTo("/q/healthz/ready");
        assertThat(config.metricsPath()).isEqualTo("/q/metrics");
    }

    @Test
    void channelsResolveTheirTopicsWithTheChannelNameAsDefault() throws Exception {
        ServiceConfiguration config = fixture("""
                mp.messaging.incoming.raw-in.topic=articles.raw
                mp.messaging.incoming.raw-in.group.id=newsflow-cleaner
                mp.messaging.outgoing.clean-out.connector=smallrye-kafka
                mp.messaging.outgoing.clean-out.max.request.size=${newsflow.max-record-bytes}
                newsflow.max-record-bytes=${RECORD_BYTES:33554432}
                """);
        assertThat(config.channelTopics("incoming")).containsExactly(java.util.Map.entry("raw-in", "articles.raw"));
        assertThat(config.channelAttribute("incoming", "raw-in", "group.id")).hasValue("newsflow-cleaner");
        assertThat(config.channelAttribute("outgoing", "clean-out", "max.request.size")).hasValue("33554432");
        assertThat(config.channelTopics("outgoing")).containsExactly(java.util.Map.entry("clean-out", "clean-out"));
    }

    @Test
    void environmentVariablesMatchPropertyKeysOrConfigMappingMembers() throws Exception {
        ServiceConfiguration config = fixture("mp.messaging.incoming.raw-in.group.id=newsflow-cleaner\n");
        assertThat(config.acceptsEnv("MP_MESSAGING_INCOMING_RAW_IN_GROUP_ID")).isTrue();
        assertThat(config.acceptsEnv("MP_MESSAGING_INCOMING_ARTICLES_RAW_GROUP_ID")).isFalse();
        assertThat(config.acceptsEnv("NEWSFLOW_INGEST_INBOX")).isTrue();
        assertThat(config.acceptsEnv("NEWSFLOW_INGEST_PROCESSED_DIR")).isTrue();
        assertThat(config.acceptsEnv("NEWSFLOW_INGEST_FAILED_DIR")).isFalse();
        assertThat(EnvRules.problem(NewsflowService.INGEST, "NEWSFLOW_INGEST_FAILED_DIR", Optional.of(config)))
                .hasValueSatisfying(p -> assertThat(p).contains("would be ignored"));
        assertThat(EnvRules.problem(NewsflowService.CLEANER, "QUARKUS_DATASOURCE_PASSWORD", Optional.of(config))).isPresent();
        assertThat(EnvRules.problem(NewsflowService.CLEANER, "SPRING_PROFILES_ACTIVE", Optional.empty())).isPresent();
        assertThat(EnvRules.problem(NewsflowService.CLEANER, "JAVA_MAX_MEM_RATIO", Optional.of(config))).isEmpty();
    }
}
