package io.newsflow.query.domain;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs an action again after a failure, waiting twice as long each time up to a ceiling, so that a passing outage
 * (database restarting, connection pool exhausted) does not turn into lost work.
 */
public final class Retry {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told of every failed attempt that will be retried. */
    @FunctionalInterface
    public interface Listener {
        void retrying(int attempt, Duration wait, RuntimeException failure);
    }

    private final int retries;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;

    public Retry(int retries, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
        this.retries = retries;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
    }

    /**
     * The action's result, after at most {@code retries} further attempts. Failures that are {@code permanent} are
     * thrown at once; the last failure is thrown when the retries are used up or the thread is interrupted.
     */
    public <T> T call(Supplier<T> action, Predicate<? super RuntimeException> permanent, Listener listener) {
        Duration wait = firstDelay;
        for (int attempt = 1;; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException failure) {
                if (permanent.test(failure) || attempt > retries) {
                    throw failure;
                }
                listener.retrying(attempt, wait, failure);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                wait = wait.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : wait.multipliedBy(2);
            }
        }
    }
}
