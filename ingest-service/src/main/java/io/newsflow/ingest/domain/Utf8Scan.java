package io.newsflow.ingest.domain;

/**
 * Counts well-formed multi-byte UTF-8 sequences: text that holds more of them than invalid ones is UTF-8 with some
 * damage, not a legacy charset (whose letters rarely form a valid sequence by accident).
 */
final class Utf8Scan {

    private Utf8Scan() {
    }

    static int validMultibyte(byte[] bytes) {
        int valid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1;
            if (length > 1 && continuations(bytes, i, length)) {
                valid++;
                i += length;
            } else {
                i++;
            }
        }
        return valid;
    }

    private static boolean continuations(byte[] bytes, int start, int length) {
        if (start + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[start + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
