package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** deploy/base/kafka-topics.yaml read directly (no kubectl needed): the declared settings of every topic. */
final class TopicManifests {

    private TopicManifests() {
    }

    static List<CustomResources.KafkaTopic> base() {
        List<CustomResources.KafkaTopic> topics = new ArrayList<>();
        try (var parser = Repo.YAML.createParser(Repo.path("deploy/base/kafka-topics.yaml").toFile())) {
            for (var it = Repo.YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node != null && node.isObject()) {
                    topics.add(StrictKubernetes.parse(node, CustomResources.KafkaTopic.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    static Optional<CustomResources.KafkaTopic> base(String topicName) {
        return base().stream().filter(t -> topicName.equals(t.spec().topicName())).findFirst();
    }

    /** A topic's config as strings, the way kafka-topics.sh and the AsyncAPI bindings spell the values. */
    static Map<String, String> config(CustomResources.KafkaTopic topic) {
        Map<String, String> config = new TreeMap<>();
        topic.spec().config().forEach((k, v) -> config.put(k, String.valueOf(v)));
        return config;
    }
}
