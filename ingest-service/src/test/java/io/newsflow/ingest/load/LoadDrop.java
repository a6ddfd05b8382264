package io.newsflow.ingest.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.RawArticle;
import io.newsflow.infra.Ports;
import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import io.newsflow.ingest.it.RawTopicReader;

/**
 * Drops 1,000 mixed good and bad files into the inbox of a running ingest-service while it runs, then checks that every
 * good file was published exactly once (by consuming articles.raw) and every bad one is in failed/ with its reason.
 *
 * <p>Self-contained (starts an embedded broker and the packaged service, target/quarkus-app/quarkus-run.jar):
 * {@code mvn -B -q -f ingest-service/pom.xml package -DskipTests && mvn -B -q -f ingest-service/pom.xml exec:java@load-drop}
 *
 * <p>With {@code -Dexec.args="--kill-after 300"} the service is killed (SIGKILL) once 300 good files are on the topic
 * and started again: every file must still be published under exactly one id.
 *
 * <p>Against a service already running: add
 * {@code -Dexec.args="--inbox data/inbox --failed data/failed --bootstrap localhost:9092 --max-file-bytes 10485760"}.
 */
public final class LoadDrop {

    private static final int FILES = 1000;
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final String RUSSIAN = "Городской совет обсудил ремонт моста и строительство новой школы у реки. ";
    private static final String FRENCH = "Le conseil municipal s’est réuni pour débattre du budget — « enfin », dit-on. ";

    private record Expected(String name, boolean good, String reason, String text) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        long maxFileBytes = Long.parseLong(options.getOrDefault("max-file-bytes", "100000"));
        if (options.containsKey("inbox")) {
            int failures = run(Path.of(options.get("inbox")), Path.of(options.getOrDefault("failed", "data/failed")),
                    options.getOrDefault("bootstrap", "localhost:9092"), maxFileBytes, 0, () -> { });
            System.exit(failures == 0 ? 0 : 1);
        }
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            jar = Path.of("ingest-service", "target", "quarkus-app", "quarkus-run.jar");
        }
        if (!Files.exists(jar)) {
            System.err.println("service not built: run mvn -B -q -f ingest-service/pom.xml package -DskipTests first");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("newsflow-load-");
        int killAfter = Integer.parseInt(options.getOrDefault("kill-after", "0"));
        int failures;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            int port = Ports.free();
            ProcessBuilder service = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("service.log").toFile()));
            service.environment().put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            service.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            service.environment().put("NEWSFLOW_INGEST_INBOX", data.resolve("inbox").toString());
            service.environment().put("NEWSFLOW_INGEST_PROCESSED_DIR", data.resolve("processed").toString());
            service.environment().put("NEWSFLOW_INGEST_FAILED_DIR", data.resolve("failed").toString());
            service.environment().put("NEWSFLOW_INGEST_MAX_FILE_BYTES", String.valueOf(maxFileBytes));
            Process[] process = {service.start()};
            try {
                awaitStatus(port);
                System.out.printf("ingest-service up on port %d, data in %s%n", port, data);
                Runnable crash = () -> {
                    try {
                        process[0].destroyForcibly().waitFor();
                        System.out.printf("killed the service (SIGKILL) after %d files were published; restarting%n",
                                killAfter);
                        process[0] = service.start();
                        awaitStatus(port);
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot restart the service", e);
                    }
                };
                failures = run(data.resolve("inbox"), data.resolve("failed"), broker.bootstrapServers(), maxFileBytes,
                        killAfter, crash);
                System.out.println("status: " + HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/drops/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            } finally {
                process[0].destroy();
                process[0].waitFor();
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /**
     * Drops the files, then checks the topic and failed/; returns the number of mismatches. Once {@code crashAfter}
     * good files are on the topic (0: never), {@code crash} runs once (kills and restarts the service).
     */
    static int run(Path inbox, Path failed, String bootstrap, long maxFileBytes, int crashAfter, Runnable crash)
            throws Exception {
        String run = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);
        Random random = new Random(42);
        List<Expected> expected = new ArrayList<>();
        Path staging = inbox.resolve(".staging-" + run);
        Files.createDirectories(staging);
        long start = System.nanoTime();
        for (int i = 0; i < FILES; i++) {
            Expected drop = drop(inbox, staging, run, i, random, maxFileBytes);
            expected.add(drop);
        }
        Files.delete(staging);
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        long good = expected.stream().filter(Expected::good).count();
        System.out.printf("dropped %d files (%d good, %d bad) in %.1f s%n", FILES, good, FILES - good, writeSeconds);

        Map<String, Expected> byName = new HashMap<>();
        expected.forEach(e -> byName.put(e.name(), e));
        Map<String, Integer> published = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, RawArticle> articles = new HashMap<>();
        boolean crashed = crashAfter <= 0;
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        double settledSeconds = -1;
        try (RawTopicReader reader = new RawTopicReader(bootstrap)) {
            while (System.nanoTime() < deadline) {
                read(reader, byName, published, ids, articles);
                if (!crashed && published.size() >= crashAfter) {
                    crash.run();
                    crashed = true;
                }
                long failedReports = expected.stream().filter(e -> !e.good())
                        .filter(e -> Files.exists(failed.resolve(e.name() + ".error.json"))).count();
                if (published.size() >= good && failedReports == FILES - good) {
                    settledSeconds = (System.nanoTime() - start) / 1e9;
                    // Give a late duplicate, if there were one, time to show itself.
                    Thread.sleep(3000);
                    read(reader, byName, published, ids, articles);
                    break;
                }
                Thread.sleep(200);
            }
        }
        int exactlyOnce = 0;
        int missing = 0;
        int doubled = 0;
        int resent = 0;
        int wrongContent = 0;
        int inFailed = 0;
        int wrongReason = 0;
        int badPublished = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Expected e : expected) {
            int count = published.getOrDefault(e.name(), 0);
            if (e.good()) {
                int distinctIds = ids.getOrDefault(e.name(), Set.of()).size();
                if (count == 0) {
                    missing++;
                } else if (distinctIds > 1) {
                    doubled++;
                } else {
                    exactlyOnce++;
                    resent += count - 1;
                }
                if (count > 0 && !articles.get(e.name()).content().equals(e.text())) {
                    wrongContent++;
                }
                continue;
            }
            if (count > 0) {
                badPublished++;
            }
            Path report = failed.resolve(e.name() + ".error.json");
            if (Files.exists(report) && Files.exists(failed.resolve(e.name()))) {
                inFailed++;
                JsonNode node = json.readTree(report.toFile());
                String reason = node.path("reason").asText();
                reasons.merge(reason, 1, Integer::sum);
                if (!reason.equals(e.reason())) {
                    wrongReason++;
                    System.out.printf("  %s: expected reason %s, got %s%n", e.name(), e.reason(), reason);
                }
            }
        }
        System.out.printf("good: %d published exactly once (one article id each), %d missing, %d published under more"
                + " than one id, %d with wrong content; %d records re-sent with the same id after a crash%n",
                exactlyOnce, missing, doubled, wrongContent, resent);
        System.out.printf("bad:  %d in failed/ with a report (%d with an unexpected reason), %d published by mistake;"
                + " reasons %s%n", inFailed, wrongReason, badPublished, reasons);
        if (settledSeconds > 0) {
            System.out.printf("all %d files settled %.1f s after the first was dropped (%.0f files/s)%n", FILES,
                    settledSeconds, FILES / settledSeconds);
        } else {
            System.out.printf("not settled within %s%n", DEADLINE);
        }
        int failures = missing + doubled + wrongContent + (int) (FILES - good - inFailed) + wrongReason + badPublished;
        System.out.println(failures == 0 ? "RESULT: OK" : "RESULT: " + failures + " MISMATCHES");
        return failures;
    }

    private static void read(RawTopicReader reader, Map<String, Expected> byName, Map<String, Integer> published,
            Map<String, Set<String>> ids, Map<String, RawArticle> articles) {
        for (ConsumerRecord<String, String> record : reader.pollNew()) {
            RawArticle article = RawTopicReader.parse(record.value());
            if (byName.containsKey(article.source().fileName())) {
                published.merge(article.source().fileName(), 1, Integer::sum);
                ids.computeIfAbsent(article.source().fileName(), n -> new HashSet<>()).add(article.id());
                articles.put(article.source().fileName(), article);
            }
        }
    }

    /** Writes drop number {@code i}: three in four good (in several charsets), the rest bad in every way we refuse. */
    private static Expected drop(Path inbox, Path staging, String run, int i, Random random, long maxFileBytes)
            throws IOException {
        String[] styles = {"plain", "статья", "quoted \"name\"", "with spaces", "l'été"};
        String stem = "load-" + run + "-" + String.format("%04d", i) + " " + styles[i % styles.length];
        int kind = i % 20;
        String text = (i % 2 == 0 ? RUSSIAN : FRENCH).repeat(3 + random.nextInt(20)) + "#" + i + "\n";
        return switch (kind) {
            case 15 -> write(inbox, staging, stem + ".txt", new byte[0], false, "empty", null, random);
            case 16 -> write(inbox, staging, stem + ".txt", binary(random), false, "binary", null, random);
            case 17 -> write(inbox, staging, stem + ".txt", "x".repeat((int) maxFileBytes + 1)
                    .getBytes(StandardCharsets.US_ASCII), false, "too-large", null, random);
            case 18 -> {
                byte[] bytes = (RUSSIAN.repeat(4) + "#" + i).getBytes(StandardCharsets.UTF_8);
                // One bad byte in 50: over the share ingest repairs, so still refused.
                for (int at = 1; at < bytes.length; at += 50) {
                    bytes[at] = (byte) 0xFF;
                }
                yield write(inbox, staging, stem + ".txt", bytes, false, "invalid-byte-sequence", null, random);
            }
            case 19 -> write(inbox, staging, stem + ".pdf", ("%PDF-1.5\n" + i).getBytes(StandardCharsets.US_ASCII),
                    false, "binary", null, random);
            default -> {
                Charset charset = i % 2 == 0
                        ? List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"), Charset.forName("KOI8-R"))
                                .get(kind % 3)
                        : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252")).get(kind % 2);
                String content = kind == 4 ? text.replace("\n", "\r\n") : text;
                byte[] bytes = content.getBytes(charset);
                if (kind == 4 && charset.equals(StandardCharsets.UTF_8)) {
                    byte[] withBom = new byte[bytes.length + 3];
                    withBom[0] = (byte) 0xEF;
                    withBom[1] = (byte) 0xBB;
                    withBom[2] = (byte) 0xBF;
                    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                    bytes = withBom;
                }
                yield write(inbox, staging, stem + ".txt", bytes, true, null, content, random);
            }
        };
    }

    /** Half the files are written in place in two steps (like a slow copy), half written aside and renamed in. */
    private static Expected write(Path inbox, Path staging, String name, byte[] bytes, boolean good, String reason,
            String text, Random random) throws IOException {
        if (random.nextBoolean()) {
            Path temp = staging.resolve(name);
            Files.write(temp, bytes);
            Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } else {
            int half = bytes.length / 2;
            Path target = inbox.resolve(name);
            Files.write(target, java.util.Arrays.copyOf(bytes, half));
            Files.write(target, java.util.Arrays.copyOfRange(bytes, half, bytes.length),
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return new Expected(name, good, reason, text);
    }

    private static byte[] binary(Random random) {
        byte[] bytes = new byte[512 + random.nextInt(2048)];
        random.nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    private static void awaitStatus(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/drops/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest-service did not answer on port " + port + " within 60 s");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
