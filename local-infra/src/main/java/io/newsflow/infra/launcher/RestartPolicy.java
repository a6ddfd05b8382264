package io.newsflow.infra.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decides, for one service, whether an exit is followed by a restart and after how long: the delay doubles with each
 * restart up to a cap, and restarting stops once the service exits too often within a window (a crash loop), because
 * then a person has to look at its log.
 */
public final class RestartPolicy {

    /** What to do about an exit. */
    public sealed interface Decision permits Restart, GiveUp {
    }

    /** Start the service again after {@code delay}; {@code number} counts the restarts of this service so far. */
    public record Restart(int number, Duration delay) implements Decision {
    }

    /** The service crash-loops: {@code exits} exits within {@code window}. */
    public record GiveUp(int exits, Duration window) implements Decision {
    }

    private final InstantSource clock;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final int crashLoopExits;
    private final Duration crashLoopWindow;
    private final Deque<Instant> exitsInWindow = new ArrayDeque<>();
    private int restarts;
    private int restartsSinceStable;
    private Instant lastExit;

    public RestartPolicy(InstantSource clock, Duration initialDelay, Duration maxDelay, int crashLoopExits,
            Duration crashLoopWindow) {
        this.clock = clock;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.crashLoopExits = crashLoopExits;
        this.crashLoopWindow = crashLoopWindow;
    }

    /** 1 s, 2 s, 4 s ... capped at 30 s; five exits within two minutes are a crash loop. */
    public static RestartPolicy standard(InstantSource clock) {
        return new RestartPolicy(clock, Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(2));
    }

    public synchronized Decision onExit() {
        Instant now = clock.instant();
        // A service that stayed up longer than the window ran fine: its next failure starts the backoff afresh.
        if (lastExit != null && Duration.between(lastExit, now).compareTo(crashLoopWindow) > 0) {
            restartsSinceStable = 0;
        }
        lastExit = now;
        exitsInWindow.addLast(now);
        while (Duration.between(exitsInWindow.peekFirst(), now).compareTo(crashLoopWindow) > 0) {
            exitsInWindow.removeFirst();
        }
        if (exitsInWindow.size() >= crashLoopExits) {
            return new GiveUp(exitsInWindow.size(), crashLoopWindow);
        }
        restarts++;
        return new Restart(restarts, delayAfter(restartsSinceStable++));
    }

    private Duration delayAfter(int previousRestarts) {
        Duration delay = initialDelay;
        for (int i = 0; i < previousRestarts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
