package io.newsflow.ingest.domain;

import java.util.Optional;

/**
 * Tells binary content from text by what it holds: a known file signature, or a share of control bytes no text has.
 * A NUL or a few control bytes in a text or HTML page are damage, not a sign of binary.
 */
final class BinaryContent {

    static final String OCTET_STREAM = "application/octet-stream";
    /** Share of control bytes (other than tab, line feeds, form feed, escape) above which content is binary. */
    static final double MAX_CONTROL_SHARE = 0.01;
    /** So few control bytes never make content binary, however short it is. */
    static final int MAX_STRAY_CONTROLS = 2;
    /** Binary formats show themselves in their first bytes; scanning more would only cost time. */
    static final int SNIFF_BYTES = 64 * 1024;

    private BinaryContent() {
    }

    /** The media type of binary content, or empty for text. */
    static Optional<String> type(byte[] bytes) {
        Optional<String> signature = Signatures.match(bytes);
        if (signature.isPresent()) {
            return signature;
        }
        Controls controls = Controls.in(bytes);
        return tooManyControls(controls.count(), controls.scanned()) ? Optional.of(OCTET_STREAM) : Optional.empty();
    }

    /** Why content of the {@link #type} given is binary, for a failure report. */
    static String describe(byte[] bytes, String type) {
        if (!type.equals(OCTET_STREAM)) {
            return "content is " + type + " (by its signature), not text";
        }
        Controls controls = Controls.in(bytes);
        return "content is binary: " + controls.count() + " of the first " + controls.scanned()
                + " bytes are control bytes (more than " + (int) (MAX_CONTROL_SHARE * 100)
                + "%), the first at offset " + controls.firstOffset();
    }

    static boolean tooManyControls(long controls, long length) {
        return controls > MAX_STRAY_CONTROLS && controls > length * MAX_CONTROL_SHARE;
    }

    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
    }

    private record Controls(int count, int firstOffset, int scanned) {

        static Controls in(byte[] bytes) {
            int scanned = Math.min(bytes.length, SNIFF_BYTES);
            int count = 0;
            int first = -1;
            for (int i = 0; i < scanned; i++) {
                if (isControl(bytes[i] & 0xFF)) {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            return new Controls(count, first, scanned);
        }
    }
}
