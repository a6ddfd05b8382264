package io.newsflow.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's Dockerfile.jvm packages the Quarkus fast-jar the way the manifests expect to run it. */
class DockerfileTest {

    @ParameterizedTest
    @EnumSource(NewsflowService.class)
    void dockerfileRunsTheFastJarAsUid185OnItsPort(NewsflowService s) {
        String dockerfile = Repo.read(s.dockerfile());
        assertThat(dockerfile).as(s.module + " base image: a Java 17 runtime")
                .containsPattern("(?m)^FROM (registry.access.redhat.com/ubi\\d/openjdk-17-runtime|eclipse-temurin:17-jre)");
        for (String layer : new String[]{"target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/"}) {
            assertThat(dockerfile).as(s.module + " copies " + layer).containsPattern("(?m)^COPY --chown=185 " + layer.replace("*", "\\*") + " ");
        }
        assertThat(dockerfile).containsPattern("(?m)^USER 185$")
                .containsPattern("(?m)^EXPOSE " + s.port + "$")
                .contains("quarkus-run.jar");
        s.configuration().ifPresent(config -> assertThat(config.httpPort())
                .as(s.module + " application.properties quarkus.http.port").isEqualTo(s.port));
    }
}
