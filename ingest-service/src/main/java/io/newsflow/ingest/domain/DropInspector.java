package io.newsflow.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Decides whether the bytes of a drop are text, and decodes them: byte-order mark first, then strict UTF-8, then a
 * charset the HTML declares, then ICU's statistical detection. Every candidate is decoded strictly, so a published
 * article never carries replacement characters.
 */
public final class DropInspector {

    public static final String EMPTY_TYPE = "inode/x-empty";
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final int SNIFF_BYTES = 64 * 1024;
    /** Share of control bytes (other than tab, line feeds, form feed, escape) above which text is taken as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Corrupt UTF-8: many valid multi-byte sequences, few invalid ones (a legacy charset has the opposite). */
    private static final int MIN_VALID_MULTIBYTE = 4;
    private static final int VALID_PER_INVALID = 4;
    private static final int MIN_ICU_CONFIDENCE = 10;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private record Bom(byte[] bytes, Charset charset) {
    }

    private static final List<Bom> BOMS = List.of(
            new Bom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
            new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
            new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

    private final long maxBytes;

    /** @param maxBytes largest accepted drop in bytes */
    public DropInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refusal for a drop known to be too large before its bytes are read; {@code head} is a prefix of it. */
    public Refusal tooLarge(long sizeBytes, byte[] head) {
        return new Refusal(FailureReason.TOO_LARGE,
                "file has " + sizeBytes + " bytes, the limit is " + maxBytes + " (newsflow.ingest.max-file-bytes)",
                sniffType(head));
    }

    public Inspection inspect(byte[] bytes) {
        if (bytes.length == 0) {
            return new Refusal(FailureReason.EMPTY, "file has no content", EMPTY_TYPE);
        }
        if (bytes.length > maxBytes) {
            return tooLarge(bytes.length, bytes);
        }
        String sha = Hashes.sha256Hex(bytes);
        Optional<Bom> bom = BOMS.stream().filter(b -> Signatures.startsWith(bytes, b.bytes())).findFirst();
        if (bom.isPresent()) {
            return decodeAfterBom(bytes, bom.get(), sha);
        }
        Optional<String> binary = binaryType(bytes);
        if (binary.isPresent()) {
            return new Refusal(FailureReason.BINARY, binaryDetail(bytes, binary.get()), binary.get());
        }
        Optional<String> utf8 = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return decoded(utf8.get(), StandardCharsets.UTF_8, sha);
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.validMultibyte() >= MIN_VALID_MULTIBYTE
                && scan.validMultibyte() >= VALID_PER_INVALID * scan.invalidSequences()) {
            return new Refusal(FailureReason.INVALID_BYTE_SEQUENCE,
                    "UTF-8 text with " + scan.invalidSequences() + " invalid byte sequence(s), the first at offset "
                            + scan.firstInvalidOffset(),
                    sniffType(bytes));
        }
        for (Charset candidate : candidates(bytes)) {
            Optional<String> text = decodeStrict(bytes, 0, candidate);
            if (text.isPresent()) {
                return decoded(text.get(), candidate, sha);
            }
        }
        return new Refusal(FailureReason.UNDECODABLE,
                "no charset decodes these bytes without errors (first non-UTF-8 byte at offset "
                        + scan.firstInvalidOffset() + ")",
                sniffType(bytes));
    }

    private Inspection decodeAfterBom(byte[] bytes, Bom bom, String sha) {
        Optional<String> text = decodeStrict(bytes, bom.bytes().length, bom.charset());
        if (text.isEmpty()) {
            return new Refusal(FailureReason.INVALID_BYTE_SEQUENCE,
                    "starts with a " + bom.charset().name() + " byte-order mark but is not valid " + bom.charset().name(),
                    OCTET_STREAM);
        }
        if (text.get().isEmpty()) {
            return new Refusal(FailureReason.EMPTY, "file holds only a byte-order mark", EMPTY_TYPE);
        }
        long controls = text.get().chars().filter(DropInspector::isBinaryControl).count();
        if (controls > text.get().length() * MAX_CONTROL_SHARE || text.get().indexOf('\0') >= 0) {
            return new Refusal(FailureReason.BINARY, "control characters after a byte-order mark", OCTET_STREAM);
        }
        return decoded(text.get(), bom.charset(), sha);
    }

    private static DecodedDrop decoded(String text, Charset charset, String sha) {
        return new DecodedDrop(text, charset.name(), MediaTypes.detect(text), sha);
    }

    /** Charsets to try, in order: one declared by an HTML meta tag, then ICU's guesses by confidence. */
    private static List<Charset> candidates(byte[] bytes) {
        LinkedHashSet<Charset> result = new LinkedHashSet<>();
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            charset(meta.group(1)).filter(c -> !c.equals(StandardCharsets.UTF_8)).ifPresent(result::add);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() >= MIN_ICU_CONFIDENCE) {
                // C1 control bytes never occur in real Latin-1 text: they are windows-1252 punctuation.
                if (match.getName().equals("ISO-8859-1") && hasC1Bytes(bytes)) {
                    charset("windows-1252").ifPresent(result::add);
                }
                charset(match.getName()).ifPresent(result::add);
            }
        }
        return List.copyOf(result);
    }

    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> decodeStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Binary by content: a known file signature, a NUL byte, or too many control bytes. */
    static Optional<String> binaryType(byte[] bytes) {
        Optional<String> signature = Signatures.match(bytes);
        if (signature.isPresent()) {
            return signature;
        }
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of(OCTET_STREAM);
            }
            if (isBinaryControl(b)) {
                controls++;
            }
        }
        return controls > length * MAX_CONTROL_SHARE ? Optional.of(OCTET_STREAM) : Optional.empty();
    }

    private static String binaryDetail(byte[] bytes, String type) {
        if (!type.equals(OCTET_STREAM)) {
            return "content is " + type + " (by its signature), not text";
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return "content is binary: NUL byte at offset " + i;
            }
        }
        return "content is binary: more than " + (int) (MAX_CONTROL_SHARE * 100) + "% control bytes";
    }

    private static boolean isBinaryControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
    }

    /** Media type a refused drop looks like, for its failure report. */
    static String sniffType(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY_TYPE;
        }
        Optional<String> binary = binaryType(bytes);
        if (binary.isPresent()) {
            return binary.get();
        }
        return MediaTypes.detect(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1));
    }
}
