package io.newsflow.enrich.domain.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignatureSimilarityTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    private SignatureSimilarity of(String a, String b) {
        return SignatureSimilarity.of(FingerprinterTest.ints(fingerprinter.fingerprint(a)),
                FingerprinterTest.ints(fingerprinter.fingerprint(b)));
    }

    @Test
    void identicalTextsAgreeInEverySlot() {
        SignatureSimilarity similarity = of(SameTopicStories.VOLUNTEERS, SameTopicStories.VOLUNTEERS);

        assertThat(similarity).isEqualTo(new SignatureSimilarity(Fingerprinter.SIGNATURE_LENGTH, 1.0, 1.0));
    }

    @Test
    void truncatedCopyIsFullyContainedThoughItsJaccardIsLower() {
        SignatureSimilarity similarity = of(SameTopicStories.VOLUNTEERS,
                SameTopicStories.truncated(SameTopicStories.VOLUNTEERS, 0.5));

        assertThat(similarity.containment()).isEqualTo(1.0);
        assertThat(similarity.jaccard()).isCloseTo(0.5, within(0.15));
    }

    @Test
    void wrappedCopyContainsTheWholeStory() {
        SignatureSimilarity similarity = of(SameTopicStories.CLEANUP, SameTopicStories.wrapped(SameTopicStories.CLEANUP));

        assertThat(similarity.containment()).isEqualTo(1.0);
        assertThat(similarity.jaccard()).isBetween(0.5, 0.9);
    }

    @Test
    void unrelatedTextsShareAlmostNothing() {
        SignatureSimilarity similarity = of(SameTopicStories.INSURANCE, SameTopicStories.CLEANUP);

        assertThat(similarity.jaccard()).isLessThan(0.05);
        assertThat(similarity.containment()).isLessThan(0.1);
    }

    @Test
    void signaturesOfDifferentLengthAreRefused() {
        assertThatThrownBy(() -> SignatureSimilarity.of(new int[2], new int[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
