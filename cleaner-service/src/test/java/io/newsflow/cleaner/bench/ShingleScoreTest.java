package io.newsflow.cleaner.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void countsAreNormalizedPerPage() {
        // expected shingles: a b c d, b c d e ; predicted: a b c d, b c d x -> tp 1, fp 1, fn 1
        ShingleScore.Counts c = ShingleScore.page("a b c d e", "a b c d x");
        assertThat(c.tp()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.fp()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.fn()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void textShorterThanFourTokensIsOneShingle() {
        assertThat(ShingleScore.shingles("Hello, world!")).containsOnlyKeys("Hello\u0001world");
        assertThat(ShingleScore.shingles("  ...  ")).isEmpty();
    }

    @Test
    void emptyPredictionCountsForRecallOnlyAndPrecisionIsAveragedOverTheOthers() {
        ShingleScore.Counts missed = ShingleScore.page("one two three four five", "");
        ShingleScore.Counts perfect = ShingleScore.page("one two three four five", "one two three four five");

        ShingleScore.Metrics m = ShingleScore.aggregate(List.of(missed, perfect));

        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    }

    @Test
    void repeatedShinglesAreCountedAsMultisets() {
        // expected has "x y z w" twice, prediction once: tp 1, fn 1 of 5 shingle instances in total
        ShingleScore.Counts c = ShingleScore.page("x y z w x y z w", "x y z w");
        assertThat(c.tp()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(c.fn()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(c.fp()).isZero();
    }
}
