package io.newsflow.infra.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps one service running: once supervised, a process that exits without being asked to is started again when its
 * {@link RestartPolicy} says so, and a crash-looping service is left stopped with the end of its log printed.
 */
public final class SupervisedService implements AutoCloseable {

    private static final int LOG_LINES_SHOWN = 20;
    // Enough for the last lines of a Quarkus stack trace without reading a log that grew over many runs.
    private static final int LOG_TAIL_BYTES = 16_384;

    private final ServiceDefinition definition;
    private final Supplier<ServiceProcess> launcher;
    private final RestartPolicy policy;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> say;
    private ServiceProcess current;
    private boolean supervising;
    private boolean stopped;
    private ScheduledFuture<?> pendingRestart;
    private ServiceProcess handledExit;

    /**
     * @param launcher  starts a fresh process of the service, on the same port and log each time
     * @param scheduler runs the delayed restarts
     * @param say       where restart and crash-loop messages go
     */
    public SupervisedService(ServiceDefinition definition, Supplier<ServiceProcess> launcher, RestartPolicy policy,
            ScheduledExecutorService scheduler, Consumer<String> say) {
        this.definition = definition;
        this.launcher = launcher;
        this.policy = policy;
        this.scheduler = scheduler;
        this.say = say;
    }

    /**
     * Starts the first process; until {@link #superviseFromNow()} its exit is not restarted, so start-up fails
     * fast.
     */
    public synchronized ServiceProcess start() {
        current = launcher.get();
        watch(current);
        return current;
    }

    public synchronized void superviseFromNow() {
        supervising = true;
        if (!current.isAlive()) {
            onExit(current, "exited with code " + current.exitCode().join());
        }
    }

    public synchronized ServiceProcess current() {
        return current;
    }

    /** From now on exits are expected: during shutdown every service goes down and none may come back. */
    public synchronized void stopRestarting() {
        stopped = true;
        if (pendingRestart != null) {
            pendingRestart.cancel(false);
        }
    }

    @Override
    public void close() {
        ServiceProcess process;
        synchronized (this) {
            stopRestarting();
            process = current;
        }
        if (process != null) {
            process.close(); // outside the lock: it may wait seconds for a graceful stop
        }
    }

    private void watch(ServiceProcess process) {
        process.exitCode().thenAccept(code -> onExit(process, "exited with code " + code));
    }

    private synchronized void onExit(ServiceProcess process, String what) {
        // An exit seen both by superviseFromNow() and by the exit callback counts once.
        if (!supervising || stopped || process != current || process == handledExit) {
            return;
        }
        handledExit = process;
        decide(what, process.logFile());
    }

    private void decide(String what, Path logFile) {
        String name = definition.module();
        RestartPolicy.Decision decision = policy.onExit();
        if (decision instanceof RestartPolicy.Restart restart) {
            say.accept(name + " " + what + "; restart " + restart.number() + " in " + readable(restart.delay()));
            pendingRestart = scheduler.schedule(this::restart, restart.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (decision instanceof RestartPolicy.GiveUp giveUp) {
            say.accept(name + " " + what + "; last lines of " + logFile + ":");
            lastLines(logFile, LOG_LINES_SHOWN).forEach(line -> say.accept("  | " + line));
            say.accept(name + " is crash-looping (" + giveUp.exits() + " exits within " + readable(giveUp.window())
                    + "), so it is not restarted again; the rest of newsflow keeps running."
                    + " Fix the cause, then restart ./newsflow up.");
        }
    }

    private synchronized void restart() {
        if (stopped) {
            return;
        }
        try {
            current = launcher.get();
            watch(current);
        } catch (RuntimeException e) {
            decide("could not be started (" + e.getMessage() + ")", current.logFile());
        }
    }

    private static List<String> lastLines(Path file, int count) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, in.length() - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    private static String readable(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
