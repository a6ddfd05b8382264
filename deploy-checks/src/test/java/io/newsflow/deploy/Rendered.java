package io.newsflow.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One rendered kustomization, as typed objects. */
record Rendered(String dir, List<ObjectNode> objects) {

    static Rendered of(String dir) {
        return new Rendered(dir, Kustomize.render(dir));
    }

    <T> List<T> all(String kind, Class<T> type) {
        return Kustomize.ofKind(objects, kind, type);
    }

    List<Deployment> deployments() {
        return all("Deployment", Deployment.class);
    }

    List<StatefulSet> statefulSets() {
        return all("StatefulSet", StatefulSet.class);
    }

    List<Service> services() {
        return all("Service", Service.class);
    }

    List<ConfigMap> configMaps() {
        return all("ConfigMap", ConfigMap.class);
    }

    List<Secret> secrets() {
        return all("Secret", Secret.class);
    }

    List<PersistentVolumeClaim> claims() {
        return all("PersistentVolumeClaim", PersistentVolumeClaim.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all("PodDisruptionBudget", PodDisruptionBudget.class);
    }

    List<CustomResources.KafkaTopic> topics() {
        return all("KafkaTopic", CustomResources.KafkaTopic.class);
    }

    List<CustomResources.ScaledObject> scaledObjects() {
        return all("ScaledObject", CustomResources.ScaledObject.class);
    }

    List<CustomResources.Kafka> kafkas() {
        return all("Kafka", CustomResources.Kafka.class);
    }

    List<CustomResources.KafkaNodePool> nodePools() {
        return all("KafkaNodePool", CustomResources.KafkaNodePool.class);
    }

    Optional<Deployment> deployment(String name) {
        return named(deployments(), name);
    }

    Optional<Service> service(String name) {
        return named(services(), name);
    }

    Optional<ConfigMap> configMap(String name) {
        return named(configMaps(), name);
    }

    Optional<CustomResources.KafkaTopic> topic(String topicName) {
        return topics().stream().filter(t -> topicName.equals(t.spec().topicName())).findFirst();
    }

    static <T extends HasMetadata> Optional<T> named(List<T> objects, String name) {
        return objects.stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    /**
     * The environment a container gets, name -> where the value comes from: "value:&lt;v&gt;",
     * "configmap:&lt;name&gt;/&lt;key&gt;=&lt;v&gt;" or "secret:&lt;name&gt;/&lt;key&gt;". Explicit env wins over envFrom,
     * as in Kubernetes.
     */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                configMap(name).orElseThrow(() -> new AssertionError(dir + ": " + container.getName()
                                + " reads ConfigMap " + name + ", which is not rendered"))
                        .getData().forEach((k, v) -> env.put(k, "configmap:" + name + "/" + k + "=" + v));
            }
            if (from.getSecretRef() != null) {
                throw new AssertionError(container.getName() + ": envFrom a whole Secret hides which keys are used");
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), "value:" + var.getValue());
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                String value = configMap(ref.getName()).map(c -> c.getData().get(ref.getKey())).orElseThrow(
                        () -> new AssertionError(dir + ": " + var.getName() + " reads missing ConfigMap key "
                                + ref.getName() + "/" + ref.getKey()));
                env.put(var.getName(), "configmap:" + ref.getName() + "/" + ref.getKey() + "=" + value);
            } else {
                env.put(var.getName(), "field");
            }
        }
        return env;
    }

    /** The literal value of an env var set by value or from a ConfigMap; empty for Secrets. */
    static Optional<String> literal(String source) {
        if (source.startsWith("value:")) {
            return Optional.of(source.substring("value:".length()));
        }
        if (source.startsWith("configmap:")) {
            return Optional.of(source.substring(source.indexOf('=') + 1));
        }
        return Optional.empty();
    }
}
