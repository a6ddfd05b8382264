package io.newsflow.enrich.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import io.newsflow.enrich.domain.duplicates.Fingerprint;

/**
 * TEST ONLY: stands in for the Fingerprinter of {@code domain.duplicates}, which another branch builds. SHA-256 of the
 * whitespace-collapsed text; "simhash" and "minhash" are slices of that hash, enough for the contract's shape.
 */
public class HashOnlyFingerprinter implements Function<String, Fingerprint> {

    @Override
    public Fingerprint apply(String text) {
        byte[] hash = sha256(text.strip().replaceAll("\\s+", " "));
        String hex = HexFormat.of().formatHex(hash);
        List<Integer> minhash = new ArrayList<>();
        for (int i = 0; i < hash.length; i += 4) {
            minhash.add((hash[i] & 0xff) << 24 | (hash[i + 1] & 0xff) << 16 | (hash[i + 2] & 0xff) << 8
                    | (hash[i + 3] & 0xff));
        }
        return new Fingerprint(hex, hex.substring(0, 16), minhash);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
