package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RetryTest {

    private final List<Duration> waits = new ArrayList<>();
    private final List<Integer> retried = new ArrayList<>();
    private final Retry retry = new Retry(4, Duration.ofMillis(100), Duration.ofMillis(300), waits::add);

    @Test
    void passingFailureIsRetriedWithDoublingWaitsUpToTheCeiling() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.call(() -> {
            if (calls.incrementAndGet() < 5) {
                throw new IllegalStateException("database restarting");
            }
            return "stored";
        }, InvalidRecordException.class::isInstance, (attempt, wait, failure) -> retried.add(attempt));

        assertThat(result).isEqualTo("stored");
        assertThat(retried).containsExactly(1, 2, 3, 4);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300),
                Duration.ofMillis(300));
    }

    @Test
    void lastFailureIsThrownWhenRetriesAreUsedUp() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.call(() -> {
            throw new IllegalStateException("down " + calls.incrementAndGet());
        }, InvalidRecordException.class::isInstance, (attempt, wait, failure) -> retried.add(attempt)))
                .hasMessage("down 5");
        assertThat(retried).hasSize(4);
    }

    @Test
    void permanentFailureIsThrownAtOnce() {
        assertThatThrownBy(() -> retry.call(() -> {
            throw new InvalidRecordException("not JSON");
        }, InvalidRecordException.class::isInstance, (attempt, wait, failure) -> retried.add(attempt)))
                .isInstanceOf(InvalidRecordException.class);
        assertThat(retried).isEmpty();
        assertThat(waits).isEmpty();
    }
}
