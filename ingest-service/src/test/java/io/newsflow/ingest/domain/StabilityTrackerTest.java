package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StabilityTrackerTest {

    private static final long QUIET = 1000;
    private static final long T0 = 1_000_000;

    @Test
    void a_file_being_written_is_complete_only_after_the_quiet_period_without_change() {
        StabilityTracker tracker = new StabilityTracker(QUIET, true);
        assertThat(tracker.observe("a", 10, T0, T0)).isFalse();
        assertThat(tracker.observe("a", 20, T0 + 400, T0 + 400)).isFalse();
        assertThat(tracker.observe("a", 20, T0 + 400, T0 + 900)).isFalse();
        assertThat(tracker.observe("a", 20, T0 + 400, T0 + 1399)).isFalse();
        assertThat(tracker.observe("a", 20, T0 + 400, T0 + 1400)).isTrue();
    }

    @Test
    void a_file_that_arrived_by_rename_with_an_old_mtime_is_complete_at_once() {
        StabilityTracker tracker = new StabilityTracker(QUIET, true);
        assertThat(tracker.observe("renamed", 500, T0 - 60_000, T0)).isTrue();
    }

    @Test
    void without_trusting_mtimes_even_an_old_file_waits_one_quiet_period() {
        StabilityTracker tracker = new StabilityTracker(QUIET, false);
        assertThat(tracker.observe("old", 500, T0 - 60_000, T0)).isFalse();
        assertThat(tracker.observe("old", 500, T0 - 60_000, T0 + QUIET)).isTrue();
    }

    @Test
    void a_touch_without_size_change_restarts_the_wait() {
        StabilityTracker tracker = new StabilityTracker(QUIET, false);
        tracker.observe("a", 5, T0, T0);
        assertThat(tracker.observe("a", 5, T0 + 800, T0 + 800)).isFalse();
        assertThat(tracker.observe("a", 5, T0 + 800, T0 + 1500)).isFalse();
        assertThat(tracker.observe("a", 5, T0 + 800, T0 + 1800)).isTrue();
    }

    @Test
    void waiting_files_and_the_oldest_are_reported_and_forgotten_when_gone() {
        StabilityTracker tracker = new StabilityTracker(QUIET, true);
        tracker.observe("a", 1, T0, T0);
        tracker.observe("b", 1, T0 + 100, T0 + 100);
        assertThat(tracker.waiting()).isEqualTo(2);
        assertThat(tracker.oldestFirstSeen()).hasValue(T0);
        tracker.retainOnly(Set.of("b"));
        assertThat(tracker.waiting()).isEqualTo(1);
        assertThat(tracker.oldestFirstSeen()).hasValue(T0 + 100);
        tracker.forget("b");
        assertThat(tracker.oldestFirstSeen()).isEmpty();
    }
}
