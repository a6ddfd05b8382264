package io.newsflow.infra.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./newsflow up}: runs the whole pipeline on this machine until Ctrl-C or SIGTERM, printing where to drop files
 * and how drops progress.
 */
public final class NewsflowUp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private NewsflowUp() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalPipeline.Layout layout;
        try {
            layout = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ./newsflow up [--inbox DIR] [--data DIR]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        LocalPipeline pipeline;
        try {
            pipeline = LocalPipeline.start(layout, NewsflowUp::say);
        } catch (RuntimeException e) {
            System.err.println("newsflow could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            say("Stopping newsflow...");
            pipeline.close();
            say("Stopped.");
            stopped.countDown();
        }, "newsflow-shutdown"));
        printWelcome(pipeline);
        watchProgress(pipeline, stopped, stopping);
    }

    static LocalPipeline.Layout parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve("data");
        Path inbox = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--inbox") || arg.equals("--data")) && i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a directory");
            }
            switch (arg) {
                case "--inbox" -> inbox = Path.of(args[++i]).toAbsolutePath();
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new LocalPipeline.Layout(root, data, inbox != null ? inbox : data.resolve("inbox"), true, true);
    }

    private static void printWelcome(LocalPipeline pipeline) {
        LocalPipeline.Layout layout = pipeline.layout();
        System.out.println();
        System.out.println("newsflow is running.");
        System.out.println("  Drop files into:  " + layout.inbox().toAbsolutePath());
        System.out.println("  Processed:        " + layout.processedDir());
        System.out.println("  Failed:           " + layout.failedDir() + "  (each with <name>.error.json)");
        System.out.println("  Articles API:     " + pipeline.service(ServiceDefinition.QUERY).url("/api/articles"));
        System.out.println("  Entities API:     " + pipeline.service(ServiceDefinition.QUERY).url("/api/entities"));
        System.out.println("  Swagger UI:       " + pipeline.service(ServiceDefinition.QUERY).url("/q/swagger-ui"));
        System.out.println("  Drop over HTTP:   curl --data-binary @FILE '"
                + pipeline.service(ServiceDefinition.INGEST).url("/api/drops") + "?name=FILE'");
        System.out.println("  Drop status:      " + pipeline.service(ServiceDefinition.INGEST).url("/api/drops/status"));
        System.out.println("  Kafka:            " + pipeline.bootstrapServers());
        System.out.println("  Logs:             " + layout.logDir());
        System.out.println("Press Ctrl-C to stop.");
        System.out.println();
    }

    /**
     * Prints a line whenever the drop counters or the number of queryable articles change; services that exit are
     * restarted and reported by the pipeline itself.
     */
    private static void watchProgress(LocalPipeline pipeline, CountDownLatch stopped, AtomicBoolean stopping)
            throws InterruptedException {
        String last = "";
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            if (stopping.get()) {
                continue; // the services are going down: polling them now only makes them log errors
            }
            JsonNode status = get(pipeline.service(ServiceDefinition.INGEST), "/api/drops/status");
            JsonNode articles = get(pipeline.service(ServiceDefinition.QUERY),
                    "/api/articles?size=1&includeDuplicates=true");
            if (status == null || articles == null) {
                continue;
            }
            String line = "drops seen " + status.path("seen").asLong()
                    + ", published " + status.path("published").asLong()
                    + ", failed " + status.path("failed").asLong()
                    + ", in flight " + status.path("inFlight").asLong()
                    + " | articles queryable " + articles.path("total").asLong();
            if (!line.equals(last)) {
                say(line);
                last = line;
            }
        }
    }

    private static JsonNode get(ServiceProcess service, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.url(path))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void say(String message) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + message);
    }
}
