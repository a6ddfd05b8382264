package io.newsflow.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.Map;

/**
 * Parses rendered objects against the Kubernetes model, rejecting every field the model does not know.
 * <p>
 * fabric8's model classes collect unknown fields in an {@code @JsonAnySetter} map, so a typo such as
 * {@code livenessprobe} would parse silently. This mapper ignores the any-setters, so an unknown field fails
 * with its path. The custom resources (Strimzi, KEDA) are parsed into {@link CustomResources} records that declare
 * the fields of their CRD schemas newsflow may use, with the same strictness.
 */
final class StrictKubernetes {

    /** kind -> (apiVersion, model class) */
    private static final Map<String, Map.Entry<String, Class<?>>> MODELS = Map.ofEntries(
            Map.entry("ConfigMap", Map.entry("v1", ConfigMap.class)),
            Map.entry("Secret", Map.entry("v1", Secret.class)),
            Map.entry("Service", Map.entry("v1", Service.class)),
            Map.entry("PersistentVolumeClaim", Map.entry("v1", PersistentVolumeClaim.class)),
            Map.entry("Deployment", Map.entry("apps/v1", Deployment.class)),
            Map.entry("StatefulSet", Map.entry("apps/v1", StatefulSet.class)),
            Map.entry("PodDisruptionBudget", Map.entry("policy/v1", PodDisruptionBudget.class)),
            Map.entry("Kafka", Map.entry("kafka.strimzi.io/v1beta2", CustomResources.Kafka.class)),
            Map.entry("KafkaNodePool", Map.entry("kafka.strimzi.io/v1beta2", CustomResources.KafkaNodePool.class)),
            Map.entry("KafkaTopic", Map.entry("kafka.strimzi.io/v1beta2", CustomResources.KafkaTopic.class)),
            Map.entry("ScaledObject", Map.entry("keda.sh/v1alpha1", CustomResources.ScaledObject.class)));

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated member) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictKubernetes() {
    }

    /** Parses an object by its kind; fails for a kind or apiVersion newsflow has no model for. */
    static Object parse(JsonNode object) {
        String kind = object.path("kind").asText();
        Map.Entry<String, Class<?>> model = MODELS.get(kind);
        if (model == null) {
            throw new IllegalArgumentException("no strict model for kind '" + kind + "' ("
                    + object.path("metadata").path("name").asText() + "): add one to StrictKubernetes");
        }
        String apiVersion = object.path("apiVersion").asText();
        if (!model.getKey().equals(apiVersion)) {
            throw new IllegalArgumentException(kind + " " + object.path("metadata").path("name").asText()
                    + " has apiVersion '" + apiVersion + "', expected " + model.getKey());
        }
        return parse(object, model.getValue());
    }

    static <T> T parse(JsonNode object, Class<T> type) {
        try {
            return MAPPER.treeToValue(object, type);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(object.path("kind").asText() + " "
                    + object.path("metadata").path("name").asText() + " does not parse strictly as "
                    + type.getSimpleName() + " at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
