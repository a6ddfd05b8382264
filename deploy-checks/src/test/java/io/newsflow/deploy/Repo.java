package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked files live: the repository root (system property newsflow.root, set by the pom). */
final class Repo {

    static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    /** The image tag of a release: the project version without -SNAPSHOT. */
    static String imageTag() {
        return System.getProperty("newsflow.version", "0.1.0-SNAPSHOT").replace("-SNAPSHOT", "");
    }

    static JsonNode readYaml(String relative) {
        Path file = path(relative);
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
