package io.newsflow.enrich.domain.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private static final String GOLDEN_SIMHASH = "592f873feb5c2e7d";
    private static final Integer[] GOLDEN_MINHASH_HEAD = {182510313, 1090486085, 914266146, 105979454};

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void sameArticleAsUtf8WithBomCrlfDecomposedOrRespacedHashesTheSame() {
        String text = "Café owners in Zürich said:\n\nprices rose  by 5%.\nMore later.";
        String bomCrlf = "\uFEFF" + text.replace("\n", "\r\n");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String respaced = "  Café owners\tin Zürich\u00A0said:\r\rprices rose by 5%. \u2028More later.\n\n";

        String hash = fingerprinter.fingerprint(text).contentHash();

        assertThat(decomposed).isNotEqualTo(text);
        assertThat(fingerprinter.fingerprint(bomCrlf).contentHash()).isEqualTo(hash);
        assertThat(fingerprinter.fingerprint(decomposed).contentHash()).isEqualTo(hash);
        assertThat(fingerprinter.fingerprint(respaced).contentHash()).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void normalizationCollapsesWhitespaceAndLineEndsAndDropsBom() {
        assertThat(Fingerprinter.normalize("\uFEFF a\r\nb\n\n\tc  \u00A0d \r\n")).isEqualTo("a b c d");
        assertThat(Fingerprinter.normalize(null)).isEmpty();
    }

    @Test
    void contentHashIsSha256OfTheNormalizedUtf8Text() {
        // SHA-256 of the empty string and of "abc" (FIPS 180-2 test vector).
        assertThat(fingerprinter.fingerprint(" \r\n ").contentHash())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(fingerprinter.fingerprint("\uFEFFabc\r\n").contentHash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anyChangedWordChangesTheContentHash() {
        String changed = SameTopicStories.EVACUATION.replace("four hundred", "five hundred");

        assertThat(fingerprinter.fingerprint(changed).contentHash())
                .isNotEqualTo(fingerprinter.fingerprint(SameTopicStories.EVACUATION).contentHash());
    }

    @Test
    void signaturesAreFixedFunctionsOfTheTextOnEveryJvm() {
        // Published on articles.enriched and compared by other systems: a change here breaks stored signatures.
        Fingerprint fingerprint = fingerprinter.fingerprint("The quick brown fox jumps over the lazy dog");

        assertThat(fingerprint.simhash()).isEqualTo(GOLDEN_SIMHASH);
        assertThat(fingerprint.minhash().subList(0, 4)).containsExactly(GOLDEN_MINHASH_HEAD);
        assertThat(new Fingerprinter().fingerprint("The quick brown fox jumps over the lazy dog")).isEqualTo(fingerprint);
    }

    @Test
    void caseAndPunctuationDoNotChangeTheShingleSignatures() {
        Fingerprint plain = fingerprinter.fingerprint("Mayor Karin Holt said the shelter would close on Monday");
        Fingerprint styled = fingerprinter.fingerprint("MAYOR Karin Holt said: \u201Cthe shelter would close\u201D on Monday!");

        assertThat(styled.minhash()).isEqualTo(plain.minhash());
        assertThat(styled.simhash()).isEqualTo(plain.simhash());
        assertThat(styled.contentHash()).isNotEqualTo(plain.contentHash());
    }

    @Test
    void signatureHasFixedLengthAndSimhashSixteenHexDigits() {
        Fingerprint fingerprint = fingerprinter.fingerprint(SameTopicStories.INSURANCE);

        assertThat(fingerprint.minhash()).hasSize(Fingerprinter.SIGNATURE_LENGTH);
        assertThat(fingerprint.simhash()).matches("[0-9a-f]{16}");
        assertThat(fingerprint.minhash()).doesNotContain(Fingerprinter.EMPTY_SLOT);
    }

    @Test
    void textWithoutWordsGetsTheEmptySignature() {
        Fingerprint fingerprint = fingerprinter.fingerprint(" -- ... \n ");

        assertThat(fingerprint.minhash()).isEqualTo(Collections.nCopies(Fingerprinter.SIGNATURE_LENGTH,
                Fingerprinter.EMPTY_SLOT));
        assertThat(fingerprint.simhash()).isEqualTo("0000000000000000");
    }

    @Test
    void nearCopiesHaveCloseSimhashesAndDistinctStoriesDistantOnes() {
        long original = simhash(SameTopicStories.EVACUATION);
        int updateDistance = Long.bitCount(original ^ simhash(SameTopicStories.updatedEvacuation()));
        int wrappedDistance = Long.bitCount(original ^ simhash(SameTopicStories.wrapped(SameTopicStories.EVACUATION)));

        assertThat(updateDistance).isLessThanOrEqualTo(16);
        assertThat(wrappedDistance).isLessThanOrEqualTo(16);
        for (String other : SameTopicStories.ALL.subList(1, SameTopicStories.ALL.size())) {
            assertThat(Long.bitCount(original ^ simhash(other))).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void unspacedScriptsGetOneShinglePerCharacterTriple() {
        String chinese = "河水周二晚上漫过堤岸，市长下令低洼地区的居民撤离。体育馆已开放作为避难所。";
        String other = "保险公司准备应对大量索赔，许多小企业在保费翻倍后取消了洪水保险。";

        SignatureSimilarity self = similarity(chinese, chinese.substring(0, chinese.length() - 10));
        SignatureSimilarity distinct = similarity(chinese, other);

        assertThat(self.containment()).isGreaterThan(0.8);
        assertThat(distinct.jaccard()).isLessThan(0.1);
    }

    private SignatureSimilarity similarity(String a, String b) {
        return SignatureSimilarity.of(ints(fingerprinter.fingerprint(a)), ints(fingerprinter.fingerprint(b)));
    }

    private long simhash(String text) {
        return Long.parseUnsignedLong(fingerprinter.fingerprint(text).simhash(), 16);
    }

    static int[] ints(Fingerprint fingerprint) {
        return fingerprint.minhash().stream().mapToInt(Integer::intValue).toArray();
    }
}
