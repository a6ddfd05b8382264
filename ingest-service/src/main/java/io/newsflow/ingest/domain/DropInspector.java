package io.newsflow.ingest.domain;

import java.nio.charset.Charset;
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
 * Decides whether the bytes of a drop are text, and decodes them: byte-order mark first, then UTF-8, then a charset
 * the HTML declares, then ICU's statistical detection. Real pages carry a stray bad byte now and then, so a few
 * invalid sequences (under {@link #MAX_DECODE_ERROR_SHARE} of the bytes) are replaced with U+FFFD and recorded in
 * {@link DecodedDrop#decodeErrors()}, and so are NULs; more invalid sequences, and the drop is refused.
 */
public final class DropInspector {

    public static final String EMPTY_TYPE = "inode/x-empty";
    public static final String OCTET_STREAM = BinaryContent.OCTET_STREAM;
    /** Share of the bytes that may be replaced; above it the text is too damaged to publish as it is. */
    public static final double MAX_DECODE_ERROR_SHARE = 0.01;

    /** Clearly UTF-8 however damaged: many valid multi-byte sequences, few invalid ones. */
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
        Optional<String> binary = BinaryContent.type(bytes);
        if (binary.isPresent()) {
            return new Refusal(FailureReason.BINARY, BinaryContent.describe(bytes, binary.get()), binary.get());
        }
        Decoding utf8 = Decoding.of(bytes, 0, StandardCharsets.UTF_8);
        int validMultibyte = Utf8Scan.validMultibyte(bytes);
        // Few bad sequences among more good ones is damaged UTF-8: a legacy charset would turn it into mojibake.
        if (utf8.invalidSequences() == 0
                || fewInvalidSequences(utf8, bytes.length) && validMultibyte >= utf8.invalidSequences()) {
            return decoded(utf8, sha);
        }
        if (validMultibyte >= MIN_VALID_MULTIBYTE && validMultibyte >= VALID_PER_INVALID * utf8.invalidSequences()) {
            return tooDamaged(utf8, bytes);
        }
        Optional<Decoding> best = bestCandidate(bytes);
        if (best.isPresent() && fewInvalidSequences(best.get(), bytes.length)) {
            return decoded(best.get(), sha);
        }
        return new Refusal(FailureReason.UNDECODABLE, "no charset decodes these bytes with errors in under "
                + percent(MAX_DECODE_ERROR_SHARE) + " of them; as UTF-8 they have " + utf8.describeErrors(),
                sniffType(bytes));
    }

    private Inspection decodeAfterBom(byte[] bytes, Bom bom, String sha) {
        Decoding decoding = Decoding.of(bytes, bom.bytes().length, bom.charset());
        if (!fewInvalidSequences(decoding, bytes.length)) {
            return new Refusal(FailureReason.INVALID_BYTE_SEQUENCE, "starts with a " + bom.charset().name()
                    + " byte-order mark, and its " + bytes.length + " bytes have " + damage(decoding, bytes.length),
                    OCTET_STREAM);
        }
        String text = decoding.text();
        if (text.isEmpty()) {
            return new Refusal(FailureReason.EMPTY, "file holds only a byte-order mark", EMPTY_TYPE);
        }
        long controls = text.chars().filter(BinaryContent::isControl).count() + decoding.nulCharacters();
        if (BinaryContent.tooManyControls(controls, text.length())) {
            return new Refusal(FailureReason.BINARY, controls + " control characters in " + text.length()
                    + " after a byte-order mark", OCTET_STREAM);
        }
        return decoded(decoding, sha);
    }

    /** NULs are not counted here: like other control bytes they are bounded by {@link BinaryContent}. */
    private static boolean fewInvalidSequences(Decoding decoding, int byteCount) {
        return decoding.invalidSequences() < byteCount * MAX_DECODE_ERROR_SHARE;
    }

    private static Refusal tooDamaged(Decoding utf8, byte[] bytes) {
        return new Refusal(FailureReason.INVALID_BYTE_SEQUENCE,
                "UTF-8 text of " + bytes.length + " bytes with " + damage(utf8, bytes.length), sniffType(bytes));
    }

    /** E.g. "5 invalid byte sequences, the first at offset 12 (2.5%; under 1.0% are replaced with U+FFFD)". */
    private static String damage(Decoding decoding, int byteCount) {
        return decoding.describeErrors() + " (" + percent(decoding.invalidSequences() / (double) byteCount)
                + "; under " + percent(MAX_DECODE_ERROR_SHARE) + " are replaced with U+FFFD)";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static DecodedDrop decoded(Decoding decoding, String sha) {
        return new DecodedDrop(decoding.text(), decoding.charset().name(), MediaTypes.detect(decoding.text()), sha,
                decoding.decodeErrors().orElse(null));
    }

    /**
     * The candidate that decodes with the fewest invalid sequences, the earlier on a tie: a clean decoding wins at
     * once, so a drop that decoded strictly before still gets the same charset.
     */
    private static Optional<Decoding> bestCandidate(byte[] bytes) {
        Decoding best = null;
        for (Charset candidate : candidates(bytes)) {
            Decoding decoding = Decoding.of(bytes, 0, candidate);
            if (best == null || decoding.invalidSequences() < best.invalidSequences()) {
                best = decoding;
            }
            if (best.invalidSequences() == 0) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Charsets to try, in order: one declared by an HTML meta tag, then ICU's guesses by confidence. */
    private static List<Charset> candidates(byte[] bytes) {
        LinkedHashSet<Charset> result = new LinkedHashSet<>();
        declaredCharset(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8)).ifPresent(result::add);
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

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, BinaryContent.SNIFF_BYTES),
                StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
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

    /** Media type a refused drop looks like, for its failure report. */
    static String sniffType(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY_TYPE;
        }
        Optional<String> binary = BinaryContent.type(bytes);
        if (binary.isPresent()) {
            return binary.get();
        }
        return MediaTypes.detect(new String(bytes, 0, Math.min(bytes.length, BinaryContent.SNIFF_BYTES),
                StandardCharsets.ISO_8859_1));
    }
}
