package io.newsflow.contract;

/**
 * Damage ingest repaired while decoding a drop: invalid byte sequences (and NUL characters), each replaced with
 * U+FFFD. Only a drop with few of them is published; the rest are refused.
 *
 * @param count       how many were replaced, at least 1
 * @param firstOffset byte offset of the first one in the raw bytes (the byte-order mark included)
 */
public record DecodeErrors(int count, long firstOffset) {
}
