package io.newsflow.enrich.domain.duplicates;

/**
 * What two MinHash signatures of equal length say about their shingle sets A and B. In each slot the minimum over
 * A &cup; B lies in A &cap; B (slots equal), in A only (A's value lower) or in B only, with probabilities
 * |A&cap;B|/|A&cup;B|, |A\B|/|A&cup;B| and |B\A|/|A&cup;B|. Hence Jaccard = equal/slots and the share of the smaller
 * set contained in the other = equal/(equal + lower slots of that set), with no need to know the set sizes.
 *
 * @param sharedSlots slots with the same value
 * @param jaccard     estimated |A&cap;B| / |A&cup;B|
 * @param containment estimated |A&cap;B| / |smaller set|: near 1 when one text is a truncated or wrapped copy of
 *                    the other
 */
public record SignatureSimilarity(int sharedSlots, double jaccard, double containment) {

    /** Compares two signatures slot by slot (values are unsigned 32-bit minima). */
    public static SignatureSimilarity of(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures of different or zero length: " + a.length + " vs " + b.length);
        }
        int equal = 0;
        int aLower = 0;
        int bLower = 0;
        for (int i = 0; i < a.length; i++) {
            int order = Integer.compareUnsigned(a[i], b[i]);
            if (order == 0) {
                equal++;
            } else if (order < 0) {
                aLower++;
            } else {
                bLower++;
            }
        }
        double containment = equal == 0 ? 0 : (double) equal / (equal + Math.min(aLower, bLower));
        return new SignatureSimilarity(equal, (double) equal / a.length, containment);
    }
}
