package io.newsflow.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock implements InstantSource {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void delayDoublesWithEachRestartUpToTheCap() {
        RestartPolicy policy = RestartPolicy.standard(clock);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            RestartPolicy.Decision decision = policy.onExit();
            assertThat(decision).isInstanceOf(RestartPolicy.Restart.class);
            delays.add(((RestartPolicy.Restart) decision).delay());
            clock.advance(Duration.ofSeconds(40)); // slow enough never to count as a crash loop
        }
        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void restartsAreNumbered() {
        RestartPolicy policy = RestartPolicy.standard(clock);
        assertThat(policy.onExit()).isEqualTo(new RestartPolicy.Restart(1, Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(10));
        assertThat(policy.onExit()).isEqualTo(new RestartPolicy.Restart(2, Duration.ofSeconds(2)));
    }

    @Test
    void fiveExitsWithinTwoMinutesAreACrashLoop() {
        RestartPolicy policy = RestartPolicy.standard(clock);
        for (int i = 0; i < 4; i++) {
            assertThat(policy.onExit()).isInstanceOf(RestartPolicy.Restart.class);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(policy.onExit()).isEqualTo(new RestartPolicy.GiveUp(5, Duration.ofMinutes(2)));
    }

    @Test
    void exitsOlderThanTheWindowDoNotCountTowardsACrashLoop() {
        RestartPolicy policy = RestartPolicy.standard(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(policy.onExit()).isInstanceOf(RestartPolicy.Restart.class);
            clock.advance(Duration.ofSeconds(31)); // at most four exits in any two minutes
        }
    }

    @Test
    void backoffStartsAfreshAfterTheServiceRanLongerThanTheWindow() {
        RestartPolicy policy = RestartPolicy.standard(clock);
        policy.onExit();
        clock.advance(Duration.ofSeconds(5));
        policy.onExit();
        clock.advance(Duration.ofMinutes(10));
        assertThat(policy.onExit()).isEqualTo(new RestartPolicy.Restart(3, Duration.ofSeconds(1)));
    }
}
