package io.newsflow.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One newsflow service running as its own JVM process, started from its Quarkus fast-jar. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceDefinition definition;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(ServiceDefinition definition, int port, Path logFile, Process process) {
        this.definition = definition;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts the service's {@code quarkus-run.jar} below {@code projectRoot} on {@code port}, with {@code env} added to
     * this process' environment and its console output appended to {@code logFile}.
     */
    public static ServiceProcess start(ServiceDefinition definition, Path projectRoot, int port,
            Map<String, String> env, Path logFile) {
        Path jar = definition.runnerJar(projectRoot);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(definition.name() + " is not built: " + jar
                    + " is missing (run: mvn -B -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + definition.maxHeap());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        return launch(definition, command, projectRoot, port, env, logFile);
    }

    /** Runs {@code command} as the process of {@code definition}; the seam tests use to supervise a stand-in. */
    static ServiceProcess launch(ServiceDefinition definition, List<String> command, Path workingDir, int port,
            Map<String, String> env, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            return new ServiceProcess(definition, port, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + definition.name(), e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(definition.name() + " exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(definition.name() + " was not ready within " + timeout + "; see " + logFile);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(url("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public ServiceDefinition definition() {
        return definition;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code once the process has ended, for whatever reason. */
    public CompletableFuture<Integer> exitCode() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** Asks the service to stop (SIGTERM, so Quarkus shuts down gracefully), then kills it if it lingers. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
