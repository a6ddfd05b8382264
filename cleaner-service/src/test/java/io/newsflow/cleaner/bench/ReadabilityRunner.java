package io.newsflow.cleaner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs Mozilla Readability (npm {@code @mozilla/readability} on {@code jsdom}) over the pages in one Node process.
 * The packages are installed on first use into {@code cleaner-service/target/readability}, never committed.
 */
final class ReadabilityRunner {

    static final String READABILITY_VERSION = "0.6.0";
    static final String JSDOM_VERSION = "29.1.1";

    record Input(String id, String url, String html) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadabilityRunner() {
    }

    /** Texts and per-page milliseconds, or null (with the reason printed) when Node or npm is unavailable. */
    static ExtractionBenchmarkRun run(Path module, List<Input> pages) throws IOException, InterruptedException {
        Path home = module.resolve("target/readability");
        Path script = module.resolve("bench/readability-runner.mjs").toAbsolutePath();
        Files.createDirectories(home);
        if (!Files.isDirectory(home.resolve("node_modules/@mozilla/readability"))
                || !Files.isDirectory(home.resolve("node_modules/jsdom"))) {
            System.out.println("installing @mozilla/readability@" + READABILITY_VERSION + " and jsdom@" + JSDOM_VERSION
                    + " into " + home);
            if (!Files.exists(home.resolve("package.json"))) {
                Files.writeString(home.resolve("package.json"), "{\"name\":\"readability-bench\",\"private\":true}\n");
            }
            if (exec(home, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "@mozilla/readability@" + READABILITY_VERSION, "jsdom@" + JSDOM_VERSION) != 0) {
                System.out.println("npm install failed: Readability skipped");
                return null;
            }
        }
        Path pagesDir = Files.createDirectories(home.resolve("pages"));
        List<Map<String, String>> list = new ArrayList<>();
        for (Input page : pages) {
            Path file = pagesDir.resolve(page.id() + ".html");
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
            list.add(Map.of("id", page.id(), "url", page.url(), "file", file.toAbsolutePath().toString()));
        }
        Path pagesJson = home.resolve("pages.json");
        Path out = home.resolve("readability-output.json");
        JSON.writeValue(pagesJson.toFile(), list);
        if (exec(home, "node", script.toString(), pagesJson.toString(), out.toString()) != 0) {
            System.out.println("node failed: Readability skipped");
            return null;
        }
        JsonNode result = JSON.readTree(out.toFile());
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Double> millis = new LinkedHashMap<>();
        result.path("texts").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        result.path("millis").fields().forEachRemaining(e -> millis.put(e.getKey(), e.getValue().asDouble()));
        return new ExtractionBenchmarkRun(texts, millis);
    }

    record ExtractionBenchmarkRun(Map<String, String> texts, Map<String, Double> millis) {
    }

    private static int exec(Path dir, String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
        } catch (IOException notFound) {
            System.out.println(command[0] + " could not be started (" + notFound.getMessage() + ")");
            return -1;
        }
    }
}
