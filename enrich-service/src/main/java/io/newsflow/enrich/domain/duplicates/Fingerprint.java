package io.newsflow.enrich.domain.duplicates;

import java.util.List;

/**
 * Duplicate-detection signatures of one text.
 *
 * @param contentHash hex SHA-256 of the normalized text
 * @param simhash     64-bit SimHash as 16 hex digits
 * @param minhash     MinHash signature of the text's word shingles
 */
public record Fingerprint(String contentHash, String simhash, List<Integer> minhash) {
}
