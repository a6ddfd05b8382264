package io.newsflow.enrich.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;

/**
 * TEST ONLY: stands in for the near-duplicate index of {@code domain.duplicates}, which another branch builds. Knows
 * exact copies only (same content hash); every other article starts its own story.
 */
public class ExactDuplicateIndex implements DuplicateIndex {

    private final Map<String, String> firstByHash = new ConcurrentHashMap<>();
    private final Map<String, DuplicateVerdict> verdicts = new ConcurrentHashMap<>();

    @Override
    public synchronized DuplicateVerdict register(String articleId, Fingerprint fingerprint) {
        return verdicts.computeIfAbsent(articleId, id -> {
            String first = firstByHash.putIfAbsent(fingerprint.contentHash(), id);
            return first == null ? new DuplicateVerdict(null, null, id) : new DuplicateVerdict(first, null, first);
        });
    }

    @Override
    public synchronized void restore(String articleId, Fingerprint fingerprint, DuplicateVerdict verdict) {
        firstByHash.putIfAbsent(fingerprint.contentHash(), articleId);
        verdicts.put(articleId, verdict);
    }
}
