package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict parser the overlay checks rely on really rejects what the API server or an operator would. */
class StrictKubernetesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: demo}
            spec:
              selector: {matchLabels: {app: demo}}
              template:
                metadata: {labels: {app: demo}}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      %s
            """;

    private static JsonNode yaml(String text) throws Exception {
        return Repo.YAML.readTree(text);
    }

    @Test
    void aValidDeploymentParsesIntoTheModel() throws Exception {
        Object parsed = StrictKubernetes.parse(yaml(DEPLOYMENT.formatted("livenessProbe: {httpGet: {path: /q/health/live, port: http}}")));
        assertThat(parsed).isInstanceOfSatisfying(Deployment.class, d -> assertThat(d.getSpec().getTemplate().getSpec()
                .getContainers().get(0).getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live"));
    }

    @Test
    void aMisspelledFieldFailsWithItsPath() throws Exception {
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml(DEPLOYMENT.formatted("livenessprobe: {httpGet: {path: /q/health/live, port: http}}"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("livenessprobe")
                .hasMessageContaining("containers");
    }

    @Test
    void aFieldOfTheWrongTypeFails() throws Exception {
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml(DEPLOYMENT.formatted("ports: [{containerPort: eighty}]"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("containerPort");
    }

    @Test
    void aKindWithoutModelOrAnUnexpectedApiVersionFails() throws Exception {
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml("{apiVersion: v1, kind: Pod, metadata: {name: p}}")))
                .hasMessageContaining("no strict model for kind 'Pod'");
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml("{apiVersion: apps/v1beta1, kind: Deployment, metadata: {name: d}}")))
                .hasMessageContaining("expected apps/v1");
    }

    @Test
    void customResourcesRejectUnknownFieldsUnknownEnumValuesAndMissingRequiredFields() throws Exception {
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml("""
                {apiVersion: kafka.strimzi.io/v1beta2, kind: KafkaTopic, metadata: {name: t},
                 spec: {topicName: t, partition: 3, replicas: 1}}""")))
                .hasMessageContaining("partition");
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml("""
                {apiVersion: kafka.strimzi.io/v1beta2, kind: KafkaNodePool, metadata: {name: p},
                 spec: {replicas: 1, roles: [leader], storage: {type: ephemeral}}}""")))
                .hasMessageContaining("leader");
        assertThatThrownBy(() -> StrictKubernetes.parse(yaml("""
                {apiVersion: keda.sh/v1alpha1, kind: ScaledObject, metadata: {name: s},
                 spec: {scaleTargetRef: {name: d}, triggers: [{type: kafka}]}}""")))
                .hasMessageContaining("metadata");
    }
}
