package io.newsflow.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

import io.newsflow.contract.DecodeErrors;

/**
 * Bytes decoded with one charset, every invalid byte sequence and every NUL character replaced with U+FFFD and
 * counted. NULs are replaced because a stray one is damage in a text, and PostgreSQL text cannot hold it downstream.
 *
 * @param text             the decoded text
 * @param charset          the charset it was decoded with
 * @param invalidSequences malformed or unmappable sequences the charset could not decode
 * @param nulCharacters    NUL characters in the bytes
 * @param firstErrorOffset byte offset of the first of either, -1 when there is none
 */
record Decoding(String text, Charset charset, int invalidSequences, int nulCharacters, long firstErrorOffset) {

    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes {@code bytes} from {@code offset} (past a byte-order mark); offsets stay those of the whole array. */
    static Decoding of(byte[] bytes, int offset, Charset charset) {
        // REPORT and replace by hand: CodingErrorAction.REPLACE would hide how many sequences were bad and where.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        int invalid = 0;
        long firstInvalid = -1;
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grown(out);
            } else if (result.isError()) {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = in.position();
                }
                if (!out.hasRemaining()) {
                    out = grown(out);
                }
                out.put(REPLACEMENT);
                in.position(in.position() + result.length());
            }
        } while (!result.isUnderflow());
        while (decoder.flush(out).isOverflow()) {
            out = grown(out);
        }
        String text = out.flip().toString();
        NulUnits nuls = NulUnits.in(bytes, offset, codeUnitBytes(charset));
        if (nuls.count() > 0) {
            text = text.replace('\0', REPLACEMENT);
        }
        long first = firstInvalid < 0 ? nuls.firstOffset()
                : nuls.firstOffset() < 0 ? firstInvalid : Math.min(firstInvalid, nuls.firstOffset());
        return new Decoding(text, charset, invalid, nuls.count(), first);
    }

    Optional<DecodeErrors> decodeErrors() {
        int replaced = invalidSequences + nulCharacters;
        return replaced == 0 ? Optional.empty() : Optional.of(new DecodeErrors(replaced, firstErrorOffset));
    }

    /** E.g. "3 invalid byte sequences and 1 NUL character, the first at offset 34012". */
    String describeErrors() {
        StringBuilder s = new StringBuilder();
        if (invalidSequences > 0) {
            s.append(invalidSequences)
                    .append(invalidSequences == 1 ? " invalid byte sequence" : " invalid byte sequences");
        }
        if (nulCharacters > 0) {
            s.append(s.isEmpty() ? "" : " and ").append(nulCharacters)
                    .append(nulCharacters == 1 ? " NUL character" : " NUL characters");
        }
        return s.append(", the first at offset ").append(firstErrorOffset).toString();
    }

    private static CharBuffer grown(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        return bigger.put(out.flip());
    }

    /** A NUL is one zero code unit: one byte in UTF-8 and the legacy charsets, two in UTF-16, four in UTF-32. */
    private static int codeUnitBytes(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-32") ? 4 : name.startsWith("UTF-16") ? 2 : 1;
    }

    private record NulUnits(int count, long firstOffset) {

        static NulUnits in(byte[] bytes, int offset, int unit) {
            int count = 0;
            long first = -1;
            for (int i = offset; i + unit <= bytes.length; i += unit) {
                if (zero(bytes, i, unit)) {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            return new NulUnits(count, first);
        }

        private static boolean zero(byte[] bytes, int start, int unit) {
            for (int k = 0; k < unit; k++) {
                if (bytes[start + k] != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
