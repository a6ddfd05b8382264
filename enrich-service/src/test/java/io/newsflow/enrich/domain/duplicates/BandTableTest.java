package io.newsflow.enrich.domain.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BandTableTest {

    private static List<Integer> valuesOf(BandTable table, long key) {
        List<Integer> values = new ArrayList<>();
        table.forEach(key, values::add);
        return values;
    }

    @Test
    void returnsEveryValueOfAKeyLatestFirstAndNothingForAnUnknownKey() {
        BandTable table = new BandTable();
        table.add(42L, 1);
        table.add(-7L, 2);
        table.add(42L, 3);

        assertThat(valuesOf(table, 42L)).containsExactly(3, 1);
        assertThat(valuesOf(table, -7L)).containsExactly(2);
        assertThat(valuesOf(table, 0L)).isEmpty();
    }

    @Test
    void keepsEveryEntryWhileGrowingFarBeyondItsInitialSize() {
        BandTable table = new BandTable();
        int keys = 50_000;
        for (int i = 0; i < keys; i++) {
            // Keys differing only in high bits collide in the low bits the slots are taken from before mixing.
            table.add((long) i << 40, i);
            table.add((long) i << 40, i + keys);
        }

        for (int i = 0; i < keys; i += 997) {
            assertThat(valuesOf(table, (long) i << 40)).containsExactly(i + keys, i);
        }
        assertThat(valuesOf(table, 1L)).isEmpty();
    }
}
