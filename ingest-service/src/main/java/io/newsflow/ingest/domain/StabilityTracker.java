package io.newsflow.ingest.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decides when a file in the inbox is complete: its size and modification time have not changed for the quiet
 * period. A file whose modification time is already older than the quiet period when first seen (it arrived by
 * rename, or was there before the service started) is complete at once, unless {@code trustOldMtime} is off for
 * filesystems whose clocks cannot be trusted. Not thread-safe: one scanner owns it.
 */
public final class StabilityTracker {

    private final long quietMillis;
    private final boolean trustOldMtime;
    private final Map<String, Observation> observations = new HashMap<>();

    private record Observation(long size, long mtimeMillis, long unchangedSince, long firstSeen) {
    }

    public StabilityTracker(long quietMillis, boolean trustOldMtime) {
        this.quietMillis = quietMillis;
        this.trustOldMtime = trustOldMtime;
    }

    /** Records what was seen of {@code key} at {@code now} and tells whether it is complete. */
    public boolean observe(String key, long size, long mtimeMillis, long now) {
        Observation previous = observations.get(key);
        if (previous == null) {
            observations.put(key, new Observation(size, mtimeMillis, now, now));
            return trustOldMtime && now - mtimeMillis >= quietMillis;
        }
        if (previous.size() != size || previous.mtimeMillis() != mtimeMillis) {
            observations.put(key, new Observation(size, mtimeMillis, now, previous.firstSeen()));
            return false;
        }
        return now - previous.unchangedSince() >= quietMillis
                || (trustOldMtime && now - mtimeMillis >= quietMillis);
    }

    /** Stops tracking {@code key}: it was taken or disappeared. */
    public void forget(String key) {
        observations.remove(key);
    }

    /** Drops every key not in {@code present}, so files deleted before they were taken do not linger. */
    public void retainOnly(Set<String> present) {
        observations.keySet().retainAll(present);
    }

    public int waiting() {
        return observations.size();
    }

    /** When the longest-waiting file was first seen. */
    public OptionalLong oldestFirstSeen() {
        return observations.values().stream().mapToLong(Observation::firstSeen).min();
    }

    public long quietMillis() {
        return quietMillis;
    }
}
