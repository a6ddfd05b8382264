package io.newsflow.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Leading bytes of common binary formats that people drop by mistake. */
final class Signatures {

    private static final Map<String, byte[]> KNOWN = Map.ofEntries(
            Map.entry("application/pdf", ascii("%PDF-")),
            Map.entry("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
            Map.entry("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            Map.entry("image/gif", ascii("GIF8")),
            Map.entry("application/zip", new byte[] {'P', 'K', 3, 4}),
            Map.entry("application/gzip", new byte[] {0x1F, (byte) 0x8B}),
            Map.entry("application/x-7z-compressed", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}),
            Map.entry("application/x-executable", new byte[] {0x7F, 'E', 'L', 'F'}),
            Map.entry("application/x-ole-storage", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));

    private Signatures() {
    }

    static Optional<String> match(byte[] bytes) {
        return KNOWN.entrySet().stream()
                .filter(e -> startsWith(bytes, e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
