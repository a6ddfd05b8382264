package io.newsflow.enrich.domain.duplicates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Computes the duplicate-detection signatures of a text. Stateless and thread-safe; every value is a pure function of
 * the text, identical on every JVM and across restarts (fixed seeds, no {@link String#hashCode()}), because other
 * systems compare the signatures published on articles.enriched.
 *
 * <ul>
 * <li>{@code contentHash}: hex SHA-256 of {@link #normalize(String) the normalized text}.</li>
 * <li>{@code simhash}: 64-bit SimHash over word {@value #SHINGLE_WORDS}-shingles (each occurrence votes once);
 * shingles rather than single words keep distinct stories on one topic far apart (over 20 differing bits in the
 * tests, against about 12 for an edited or wrapped copy).</li>
 * <li>{@code minhash}: {@value #SIGNATURE_LENGTH} unsigned 32-bit minima (carried in Java ints) of the set of word
 * {@value #SHINGLE_WORDS}-shingles under as many seeded hash functions. Two signatures agree in a slot with
 * probability equal to the Jaccard similarity of the shingle sets. A text without any word gets
 * {@link #EMPTY_SLOT} in every slot.</li>
 * </ul>
 * Features are taken after the same normalization plus compatibility folding (NFKC) and lower-casing, on runs of
 * letters and digits; ideographic and other unspaced scripts count one character as one word, so such texts get
 * usable shingles too.
 */
public final class Fingerprinter implements Function<String, Fingerprint> {

    /** Words per shingle: three keeps short texts and lightly edited copies similar while distinct texts share few. */
    public static final int SHINGLE_WORDS = 3;
    /** Slots in a MinHash signature (the LSH index splits them into bands). */
    public static final int SIGNATURE_LENGTH = 128;
    /** Slot value of a text without words: the largest unsigned 32-bit value. */
    public static final int EMPTY_SLOT = -1;

    private static final String EMPTY_SIMHASH = "0000000000000000";
    /** Per slot a multiply-shift hash (odd multiplier, offset): 2-universal on the already mixed shingle hashes. */
    private static final long[] MULTIPLIERS = seeds(0x6E657773666C6F77L, SIGNATURE_LENGTH, true); // "newsflow"
    private static final long[] OFFSETS = seeds(0x6D696E68617368L, SIGNATURE_LENGTH, false); // "minhash"

    /** Same as {@link #fingerprint(String)}, for callers that take any text-to-fingerprint function. */
    @Override
    public Fingerprint apply(String text) {
        return fingerprint(text);
    }

    /** Signatures of {@code text}; null counts as empty. */
    public Fingerprint fingerprint(String text) {
        String normalized = normalize(text);
        long[] shingles = shingles(wordHashes(normalized));
        return new Fingerprint(sha256Hex(normalized), simhash(shingles), minhash(shingles));
    }

    /**
     * The text as hashed: BOMs and soft hyphens removed, Unicode NFC, every run of whitespace (line breaks of any
     * platform, tabs, no-break and zero-width spaces) collapsed to one space, trimmed. The same article stored as
     * UTF-8, as UTF-8 with BOM and CRLF, or in decomposed form normalizes to the same string.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\u200B'
                    || c == '\u2060') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        String collapsed = out.toString();
        return Normalizer.isNormalized(collapsed, Normalizer.Form.NFC)
                ? collapsed
                : Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    }

    /** Word tokens used for shingles: NFKC, lower-cased, letters/digits runs, one token per unspaced-script char. */
    static List<String> words(String normalized) {
        String folded = Normalizer.normalize(normalized, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnspaced(cp)) {
                if (start >= 0) {
                    words.add(folded.substring(start, i));
                    start = -1;
                }
                words.add(folded.substring(i, next));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    private static boolean isUnspaced(int cp) {
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }

    /** 64-bit hashes of the words in text order. */
    private static long[] wordHashes(String normalized) {
        return words(normalized).stream().mapToLong(Fingerprinter::hash).toArray();
    }

    /** 64-bit hashes of the word shingles in text order (duplicates kept); a text shorter than a shingle gives one. */
    private static long[] shingles(long[] wordHashes) {
        if (wordHashes.length == 0) {
            return wordHashes;
        }
        int count = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + SHINGLE_WORDS, wordHashes.length); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            shingles[i] = h;
        }
        return shingles;
    }

    private static String simhash(long[] features) {
        if (features.length == 0) {
            return EMPTY_SIMHASH;
        }
        int[] votes = new int[64];
        for (long feature : features) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((feature >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long simhash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return HexFormat.of().toHexDigits(simhash);
    }

    private static List<Integer> minhash(long[] shingles) {
        int[] minima = new int[SIGNATURE_LENGTH];
        Arrays.fill(minima, EMPTY_SLOT);
        long[] distinct = Arrays.stream(shingles).distinct().toArray();
        for (int slot = 0; slot < SIGNATURE_LENGTH; slot++) {
            long multiplier = MULTIPLIERS[slot];
            long offset = OFFSETS[slot];
            int min = EMPTY_SLOT;
            for (long shingle : distinct) {
                int value = (int) ((multiplier * shingle + offset) >>> 32);
                if (Integer.compareUnsigned(value, min) < 0) {
                    min = value;
                }
            }
            minima[slot] = min;
        }
        return Arrays.stream(minima).boxed().toList();
    }

    /** FNV-1a over the UTF-16 units, finished with {@link #mix}: fixed across JVMs unlike String.hashCode seeds. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** SplitMix64 sequence from a fixed start: written out so the seeds never depend on a JDK's Random. */
    private static long[] seeds(long state, int count, boolean odd) {
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            seeds[i] = odd ? (z ^ (z >>> 31)) | 1 : z ^ (z >>> 31);
        }
        return seeds;
    }

    private static String sha256Hex(String normalized) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
