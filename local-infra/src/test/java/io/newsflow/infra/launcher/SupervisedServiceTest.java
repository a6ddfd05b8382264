package io.newsflow.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supervises real child processes: small shell commands standing in for the Quarkus services. */
class SupervisedServiceTest {

    private static final ServiceDefinition STAND_IN = new ServiceDefinition("stand-in", "stand-in-service", 0, "16m");

    @TempDir
    Path workDir;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final AtomicInteger launches = new AtomicInteger();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void aServiceThatExitsIsStartedAgain() throws Exception {
        // The first process dies after a moment; the one started in its place keeps running.
        try (SupervisedService service = supervise(fastPolicy(5), launch -> launch == 1
                ? "sleep 0.3; exit 3" : "sleep 30")) {
            ServiceProcess first = service.start();
            service.superviseFromNow();

            awaitTrue(() -> launches.get() == 2 && service.current().isAlive());

            assertThat(service.current()).isNotSameAs(first);
            assertThat(messages).containsExactly("stand-in-service exited with code 3; restart 1 in 100 ms");
        }
    }

    @Test
    void aCrashLoopStopsTheRestartsAndShowsTheEndOfTheLog() throws Exception {
        try (SupervisedService service = supervise(fastPolicy(3), launch -> "echo 'boom " + launch + "'; exit 3")) {
            service.start();
            service.superviseFromNow();

            awaitTrue(() -> messages.stream().anyMatch(message -> message.contains("crash-looping")));
            Thread.sleep(500); // would be long enough for one more restart

            assertThat(launches).hasValue(3);
            assertThat(messages).startsWith(
                    "stand-in-service exited with code 3; restart 1 in 100 ms",
                    "stand-in-service exited with code 3; restart 2 in 200 ms");
            assertThat(messages).contains("  | boom 1", "  | boom 2", "  | boom 3");
            assertThat(messages.get(messages.size() - 1))
                    .startsWith("stand-in-service is crash-looping (3 exits within 1 min)");
        }
    }

    @Test
    void aServiceStoppedOnPurposeIsNotRestarted() throws Exception {
        SupervisedService service = supervise(fastPolicy(5), launch -> "sleep 30");
        service.start();
        service.superviseFromNow();

        service.close();
        Thread.sleep(500); // would be long enough for a restart

        assertThat(service.current().isAlive()).isFalse();
        assertThat(launches).hasValue(1);
        assertThat(messages).isEmpty();
    }

    @Test
    void anExitBeforeSupervisionStartsIsLeftToTheStartUp() throws Exception {
        SupervisedService service = supervise(fastPolicy(5), launch -> "exit 3");
        service.start().exitCode().join();
        Thread.sleep(300); // would be long enough for a restart

        assertThat(launches).hasValue(1);
        assertThat(messages).isEmpty();
    }

    /** 100 ms, 200 ms, 400 ms; {@code crashLoopExits} exits within a minute stop the restarts. */
    private static RestartPolicy fastPolicy(int crashLoopExits) {
        return new RestartPolicy(InstantSource.system(), Duration.ofMillis(100), Duration.ofMillis(400),
                crashLoopExits, Duration.ofMinutes(1));
    }

    private interface Script {
        String forLaunch(int launch);
    }

    private SupervisedService supervise(RestartPolicy policy, Script script) {
        Path log = workDir.resolve("stand-in.log");
        return new SupervisedService(STAND_IN,
                () -> ServiceProcess.launch(STAND_IN,
                        List.of("sh", "-c", script.forLaunch(launches.incrementAndGet())), workDir, 0, Map.of(), log),
                policy, scheduler, messages::add);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition within 10 s").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
