package io.newsflow.enrich.domain.duplicates;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Multimap from 64-bit LSH band keys to article numbers, in primitive arrays: open addressing for the keys, one
 * linked chain of values per key. About 20 bytes per entry where boxed collections take over 100, which matters
 * with 64 entries per article. Not thread-safe (the index synchronizes).
 */
final class BandTable {

    private static final int NO_VALUE = -1;

    private long[] keys = new long[1024];
    private int[] heads = filled(1024); // first chain cell of the key in the same slot, or NO_VALUE if free
    private int usedSlots;
    private int[] values = new int[1024];
    private int[] next = new int[1024];
    private int cells;

    void add(long key, int value) {
        if ((usedSlots + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int slot = find(keys, heads, key);
        if (heads[slot] == NO_VALUE) {
            keys[slot] = key;
            usedSlots++;
        }
        if (cells == values.length) {
            values = Arrays.copyOf(values, cells * 2);
            next = Arrays.copyOf(next, cells * 2);
        }
        values[cells] = value;
        next[cells] = heads[slot];
        heads[slot] = cells++;
    }

    /** Calls {@code consumer} with every value added under {@code key}, latest first. */
    void forEach(long key, IntConsumer consumer) {
        for (int cell = heads[find(keys, heads, key)]; cell != NO_VALUE; cell = next[cell]) {
            consumer.accept(values[cell]);
        }
    }

    /** The slot holding {@code key}, or the free slot where it belongs. */
    private static int find(long[] keys, int[] heads, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (heads[slot] != NO_VALUE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] newKeys = new long[keys.length * 2];
        int[] newHeads = filled(newKeys.length);
        for (int slot = 0; slot < keys.length; slot++) {
            if (heads[slot] != NO_VALUE) {
                int target = find(newKeys, newHeads, keys[slot]);
                newKeys[target] = keys[slot];
                newHeads[target] = heads[slot];
            }
        }
        keys = newKeys;
        heads = newHeads;
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, NO_VALUE);
        return array;
    }

    /** Band keys are already hashes, but sequential probing wants their low bits well spread. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
