package io.newsflow.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's configuration as it runs in a container: src/main/resources/application.properties with the prod
 * profile applied (%dev and %test keys dropped) and ${NAME:default} expressions reduced to their defaults, plus the
 * prefixes and members of its @ConfigMapping interfaces (whose defaults need no key in the file).
 */
final class ServiceConfiguration {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MEMBER = Pattern.compile("^\\s*(?:[\\w.<>,?\\[\\] ]+)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;", Pattern.MULTILINE);

    final Path moduleDir;
    final Map<String, String> properties;
    /** @ConfigMapping prefix -> member names of the interface (nested groups not followed). */
    final Map<String, Set<String>> mappings;

    private ServiceConfiguration(Path moduleDir, Map<String, String> properties, Map<String, Set<String>> mappings) {
        this.moduleDir = moduleDir;
        this.properties = properties;
        this.mappings = mappings;
    }

    static Optional<ServiceConfiguration> load(Path moduleDir) {
        Path file = moduleDir.resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> unresolved = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> unresolved.put(k, raw.getProperty(k).trim()));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> unresolved.put(k.substring("%prod.".length()), raw.getProperty(k).trim()));
        Map<String, String> effective = new TreeMap<>();
        unresolved.forEach((k, v) -> effective.put(k, resolve(v, unresolved, 0)));
        return Optional.of(new ServiceConfiguration(moduleDir, effective, configMappings(moduleDir)));
    }

    /** ${other.key} takes that key's value, ${ENV_OR_KEY:default} its default (no environment in a container spec). */
    private static String resolve(String value, Map<String, String> properties, int depth) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = properties.containsKey(m.group(1)) && depth < 10
                    ? resolve(properties.get(m.group(1)), properties, depth + 1)
                    : m.group(2) != null ? m.group(2) : m.group(0);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Set<String>> configMappings(Path moduleDir) {
        Path sources = moduleDir.resolve("src/main/java");
        Map<String, Set<String>> mappings = new LinkedHashMap<>();
        if (!Files.isDirectory(sources)) {
            return mappings;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = Repo.read(f);
                Matcher prefix = CONFIG_MAPPING.matcher(source);
                if (prefix.find()) {
                    Set<String> members = mappings.computeIfAbsent(prefix.group(1), p -> new TreeSet<>());
                    Matcher member = MEMBER.matcher(source);
                    while (member.find()) {
                        members.add(member.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mappings;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    int httpPort() {
        return Integer.parseInt(get("quarkus.http.port").orElse("8080"));
    }

    /** The topic a channel uses: its topic attribute, or the channel name (SmallRye's default). */
    Map<String, String> channelTopics(String direction) {
        String prefix = "mp.messaging." + direction + ".";
        Map<String, String> topics = new TreeMap<>();
        properties.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> {
            String channel = k.substring(prefix.length()).split("\\.", 2)[0];
            topics.put(channel, get(prefix + channel + ".topic").orElse(channel));
        });
        return topics;
    }

    Optional<String> channelAttribute(String direction, String channel, String attribute) {
        return get("mp.messaging." + direction + "." + channel + "." + attribute);
    }

    /** Health endpoints as Quarkus serves them with this configuration (SmallRye Health defaults otherwise). */
    String healthPath(String check) {
        String root = "/" + get("quarkus.http.non-application-root-path").orElse("q").replaceAll("^/|/$", "");
        String health = get("quarkus.smallrye-health.root-path").orElse("health");
        String leaf = get("quarkus.smallrye-health." + switch (check) {
            case "live" -> "liveness-path";
            case "ready" -> "readiness-path";
            case "started" -> "startup-path";
            default -> throw new IllegalArgumentException(check);
        }).orElse(check);
        return health.startsWith("/") ? health + "/" + leaf : root + "/" + health + "/" + leaf;
    }

    String metricsPath() {
        String root = "/" + get("quarkus.http.non-application-root-path").orElse("q").replaceAll("^/|/$", "");
        String metrics = get("quarkus.micrometer.export.prometheus.path").orElse("metrics");
        return metrics.startsWith("/") ? metrics : root + "/" + metrics;
    }

    /**
     * Whether an environment variable reaches this service's configuration: a key of application.properties or a
     * @ConfigMapping member in its environment form (MicroProfile Config: non-alphanumerics to '_', upper case).
     */
    boolean acceptsEnv(String name) {
        if (properties.keySet().stream().anyMatch(k -> envForm(k).equals(name))) {
            return true;
        }
        return mappings.entrySet().stream().anyMatch(mapping -> {
            String prefix = envForm(mapping.getKey()) + "_";
            if (!name.startsWith(prefix)) {
                return false;
            }
            String member = name.substring(prefix.length()).replace("_", "");
            return mapping.getValue().stream().anyMatch(m -> m.equalsIgnoreCase(member));
        });
    }

    static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    String pom() {
        Path pom = moduleDir.resolve("pom.xml");
        return Files.isRegularFile(pom) ? Repo.read(pom) : "";
    }
}
