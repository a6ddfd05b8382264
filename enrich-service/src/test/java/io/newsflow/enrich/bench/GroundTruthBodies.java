package io.newsflow.enrich.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The article bodies of the extraction benchmark's {@code ground-truth.json}, the enrich benchmarks' input. */
public final class GroundTruthBodies {

    private GroundTruthBodies() {
    }

    /** Article bodies by page id, in id order. */
    public static TreeMap<String, String> read(Path groundTruth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
        TreeMap<String, String> byId = new TreeMap<>();
        root.fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return byId;
    }
}
