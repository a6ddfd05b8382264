package io.newsflow.ingest.domain;

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid ones: text that is mostly valid UTF-8 with a few broken
 * sequences is corrupt UTF-8, not a legacy charset.
 */
record Utf8Scan(int validMultibyte, int invalidSequences, long firstInvalidOffset) {

    static Utf8Scan of(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        long firstInvalid = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            if (length > 0 && continuations(bytes, i, length)) {
                valid++;
                i += length;
            } else {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        return new Utf8Scan(valid, invalid, firstInvalid);
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
