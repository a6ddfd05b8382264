package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders a kustomization with `kubectl kustomize` and splits the output into objects. */
final class Kustomize {

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The rendered objects of deploy/&lt;dir&gt;, rendered once per test run. */
    static List<ObjectNode> render(String dir) {
        return RENDERED.computeIfAbsent(dir, Kustomize::run);
    }

    static <T> List<T> ofKind(List<ObjectNode> objects, String kind, Class<T> type) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .map(o -> StrictKubernetes.parse(o, type))
                .toList();
    }

    private static List<ObjectNode> run(String dir) {
        Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException("kubectl is not on PATH"));
        Path kustomization = Repo.path("deploy/" + dir);
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomization.toString())
                    .redirectErrorStream(false)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + kustomization + " failed: " + err);
            }
            List<ObjectNode> objects = new ArrayList<>();
            try (var parser = Repo.YAML.createParser(out)) {
                for (var it = Repo.YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                    JsonNode node = it.next();
                    if (node != null && node.isObject()) {
                        objects.add((ObjectNode) node);
                    }
                }
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl kustomize " + kustomization, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
