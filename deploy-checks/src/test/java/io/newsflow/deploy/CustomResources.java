package io.newsflow.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;

import java.util.List;
import java.util.Map;

/**
 * The custom resources newsflow declares, as strict records: the fields of the Strimzi (kafka.strimzi.io/v1beta2)
 * and KEDA (keda.sh/v1alpha1) CRD schemas that the manifests may use, with the CRDs' required fields marked so.
 * A field outside this subset fails the parse: either a typo, or a new field to add here after checking the CRD.
 */
final class CustomResources {

    private CustomResources() {
    }

    record KafkaTopic(@JsonProperty(required = true) String apiVersion,
                      @JsonProperty(required = true) String kind,
                      @JsonProperty(required = true) ObjectMeta metadata,
                      @JsonProperty(required = true) KafkaTopicSpec spec) {
    }

    record KafkaTopicSpec(String topicName,
                          @JsonProperty(required = true) Integer partitions,
                          @JsonProperty(required = true) Integer replicas,
                          Map<String, Object> config) {
    }

    record KafkaNodePool(@JsonProperty(required = true) String apiVersion,
                         @JsonProperty(required = true) String kind,
                         @JsonProperty(required = true) ObjectMeta metadata,
                         @JsonProperty(required = true) KafkaNodePoolSpec spec) {
    }

    record KafkaNodePoolSpec(@JsonProperty(required = true) Integer replicas,
                             @JsonProperty(required = true) List<NodeRole> roles,
                             @JsonProperty(required = true) Storage storage,
                             io.fabric8.kubernetes.api.model.ResourceRequirements resources) {
    }

    enum NodeRole {
        @JsonProperty("controller") CONTROLLER,
        @JsonProperty("broker") BROKER
    }

    record Storage(@JsonProperty(required = true) StorageType type,
                   Integer id,
                   Quantity size,
                   @JsonProperty("class") String storageClass,
                   Boolean deleteClaim,
                   KraftMetadata kraftMetadata,
                   List<Storage> volumes) {
    }

    enum StorageType {
        @JsonProperty("ephemeral") EPHEMERAL,
        @JsonProperty("persistent-claim") PERSISTENT_CLAIM,
        @JsonProperty("jbod") JBOD
    }

    enum KraftMetadata {
        @JsonProperty("shared") SHARED
    }

    record Kafka(@JsonProperty(required = true) String apiVersion,
                 @JsonProperty(required = true) String kind,
                 @JsonProperty(required = true) ObjectMeta metadata,
                 @JsonProperty(required = true) KafkaSpec spec) {
    }

    record KafkaSpec(@JsonProperty(required = true) KafkaClusterSpec kafka,
                     EntityOperator entityOperator) {
    }

    record KafkaClusterSpec(String version,
                            String metadataVersion,
                            @JsonProperty(required = true) List<Listener> listeners,
                            Map<String, Object> config,
                            io.fabric8.kubernetes.api.model.ResourceRequirements resources) {
    }

    record Listener(@JsonProperty(required = true) String name,
                    @JsonProperty(required = true) Integer port,
                    @JsonProperty(required = true) ListenerType type,
                    @JsonProperty(required = true) Boolean tls) {
    }

    enum ListenerType {
        @JsonProperty("internal") INTERNAL,
        @JsonProperty("cluster-ip") CLUSTER_IP,
        @JsonProperty("route") ROUTE,
        @JsonProperty("loadbalancer") LOADBALANCER,
        @JsonProperty("nodeport") NODEPORT,
        @JsonProperty("ingress") INGRESS
    }

    record EntityOperator(Operator topicOperator, Operator userOperator) {
    }

    record Operator(Integer reconciliationIntervalMs,
                    io.fabric8.kubernetes.api.model.ResourceRequirements resources) {
    }

    record ScaledObject(@JsonProperty(required = true) String apiVersion,
                        @JsonProperty(required = true) String kind,
                        @JsonProperty(required = true) ObjectMeta metadata,
                        @JsonProperty(required = true) ScaledObjectSpec spec) {
    }

    record ScaledObjectSpec(@JsonProperty(required = true) ScaleTargetRef scaleTargetRef,
                            Integer pollingInterval,
                            Integer cooldownPeriod,
                            Integer initialCooldownPeriod,
                            Integer idleReplicaCount,
                            Integer minReplicaCount,
                            Integer maxReplicaCount,
                            @JsonProperty(required = true) List<Trigger> triggers) {
    }

    record ScaleTargetRef(String apiVersion, String kind, @JsonProperty(required = true) String name,
                          String envSourceContainerName) {
    }

    record Trigger(@JsonProperty(required = true) String type,
                   String name,
                   @JsonProperty(required = true) Map<String, String> metadata,
                   AuthenticationRef authenticationRef,
                   String metricType) {
    }

    record AuthenticationRef(@JsonProperty(required = true) String name, String kind) {
    }
}
