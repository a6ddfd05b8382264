package io.newsflow.enrich.domain.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In-memory duplicate index: exact copies by content hash, near copies by MinHash with locality-sensitive hashing.
 *
 * <p>Candidates: the {@value Fingerprinter#SIGNATURE_LENGTH}-slot signature is cut into bands of {@value #ROWS_PER_BAND}
 * slots; two articles are compared when any band is equal. With Jaccard similarity J that happens with probability
 * 1-(1-J&sup2;)<sup>64</sup>: 0.93 at J=0.2, 0.998 at J=0.3, while unrelated texts (J&lt;0.02) rarely collide.
 *
 * <p>Verification ({@link Rule}, {@link #DEFAULT_RULES}): a candidate is the same story when the estimated Jaccard
 * similarity of the word-shingle sets is high (lightly edited copies, updates), or when the smaller text is largely
 * contained in the other (truncated copies, copies wrapped in another site's boilerplate, the same page scraped as
 * text and as HTML), the containment demanded falling as the Jaccard similarity rises. Distinct stories on one topic share names and phrases but few word triples, so both
 * estimates stay far below the thresholds (the unit tests and the near-duplicate benchmark measure this).
 *
 * <p>Verdicts: a known content hash makes the article a {@code duplicateOf} the first article with that hash;
 * otherwise the best passing candidate (highest mean of Jaccard and containment, earliest on ties) makes it a
 * {@code nearDuplicateOf} that article, in its story; otherwise it founds a story named by its own id. Registering
 * an id again returns its first verdict. All methods are synchronized: a verdict depends on every article before it,
 * and comparing one signature against its candidates takes microseconds.
 *
 * <p>Memory: per article its id, 128 ints and 64 bucket entries (about 1.5 KB); restarts rebuild it from
 * articles.enriched through {@link #restore}.
 */
public final class LshDuplicateIndex implements DuplicateIndex {

    /** Slots per LSH band: two keeps candidates for J around 0.2, where wrapped short texts land. */
    public static final int ROWS_PER_BAND = 2;

    /**
     * One way to be the same story: estimated Jaccard similarity and containment of the smaller text both reached.
     * A candidate is the same story when any rule of the index holds.
     */
    public record Rule(double minJaccard, double minContainment) {

        public Rule {
            if (minJaccard <= 0 || minJaccard > 1 || minContainment < 0 || minContainment > 1) {
                throw new IllegalArgumentException("rule out of range: " + minJaccard + ", " + minContainment);
            }
        }

        /** Whether two signatures with this similarity pass the rule. */
        public boolean holds(SignatureSimilarity similarity) {
            return similarity.jaccard() >= minJaccard && similarity.containment() >= minContainment;
        }
    }

    /**
     * Default rules, a staircase from overlap to containment: J &ge; 0.5 (edited and updated copies); J &ge; 0.3 with
     * containment &ge; 0.6 (copies both edited or truncated and wrapped); J &ge; 0.125 (16 equal slots, enough for a
     * stable estimate) with containment &ge; 0.8 (short texts in long boilerplate, truncated copies). On the
     * near-duplicate benchmark distinct pages stayed below J 0.27 and below containment 0.52 (see
     * NearDuplicateBenchmark for the figures and the command).
     */
    public static final List<Rule> DEFAULT_RULES = List.of(new Rule(0.5, 0), new Rule(0.3, 0.6), new Rule(0.125, 0.8));

    private record Entry(String id, int[] signature, String storyId) {
    }

    private final List<Rule> rules;
    private final Map<String, DuplicateVerdict> verdicts = new HashMap<>();
    private final Map<String, String> firstByHash = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** An index with the {@link #DEFAULT_RULES}. */
    public LshDuplicateIndex() {
        this(DEFAULT_RULES);
    }

    /** An index that merges a candidate into a story when any of {@code rules} holds. */
    public LshDuplicateIndex(List<Rule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("at least one rule is required");
        }
        this.rules = List.copyOf(rules);
    }

    /** Whether any rule holds for this similarity. */
    public boolean sameStory(SignatureSimilarity similarity) {
        return rules.stream().anyMatch(rule -> rule.holds(similarity));
    }

    @Override
    public synchronized DuplicateVerdict register(String articleId, Fingerprint fingerprint) {
        requireId(articleId);
        int[] signature = signature(fingerprint);
        DuplicateVerdict known = verdicts.get(articleId);
        if (known != null) {
            return known;
        }
        DuplicateVerdict verdict;
        String first = firstByHash.get(fingerprint.contentHash());
        if (first != null) {
            verdict = new DuplicateVerdict(first, null, storyOf(first));
        } else {
            firstByHash.put(fingerprint.contentHash(), articleId);
            Entry best = bestMatch(signature);
            verdict = best == null
                    ? new DuplicateVerdict(null, null, articleId)
                    : new DuplicateVerdict(null, best.id(), best.storyId());
            add(new Entry(articleId, signature, verdict.storyId()));
        }
        verdicts.put(articleId, verdict);
        return verdict;
    }

    @Override
    public synchronized void restore(String articleId, Fingerprint fingerprint, DuplicateVerdict verdict) {
        requireId(articleId);
        int[] signature = signature(fingerprint);
        Objects.requireNonNull(verdict, "verdict");
        String storyId = verdict.storyId() != null ? verdict.storyId() : articleId;
        DuplicateVerdict complete = new DuplicateVerdict(verdict.duplicateOf(), verdict.nearDuplicateOf(), storyId);
        if (verdicts.putIfAbsent(articleId, complete) != null) {
            return;
        }
        String first = verdict.duplicateOf() != null ? verdict.duplicateOf() : articleId;
        boolean newHash = firstByHash.putIfAbsent(fingerprint.contentHash(), first) == null;
        // An exact copy adds nothing to the LSH index unless its original was never restored.
        if (verdict.duplicateOf() == null || newHash) {
            add(new Entry(articleId, signature, storyId));
        }
    }

    /** Number of articles the index remembers. */
    public synchronized int size() {
        return verdicts.size();
    }

    private String storyOf(String articleId) {
        DuplicateVerdict verdict = verdicts.get(articleId);
        return verdict != null ? verdict.storyId() : articleId;
    }

    private Entry bestMatch(int[] signature) {
        if (isEmpty(signature)) {
            return null;
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        for (int band = 0; band < signature.length / ROWS_PER_BAND; band++) {
            List<Integer> bucket = buckets.get(bandKey(signature, band));
            if (bucket != null) {
                candidates.addAll(bucket);
            }
        }
        Entry best = null;
        double bestScore = -1;
        int bestIndex = Integer.MAX_VALUE;
        for (int index : candidates) {
            Entry candidate = entries.get(index);
            SignatureSimilarity similarity = SignatureSimilarity.of(signature, candidate.signature());
            if (!sameStory(similarity)) {
                continue;
            }
            double score = (similarity.jaccard() + similarity.containment()) / 2;
            if (score > bestScore || (score == bestScore && index < bestIndex)) {
                best = candidate;
                bestScore = score;
                bestIndex = index;
            }
        }
        return best;
    }

    private void add(Entry entry) {
        if (isEmpty(entry.signature())) {
            return;
        }
        int index = entries.size();
        entries.add(entry);
        for (int band = 0; band < entry.signature().length / ROWS_PER_BAND; band++) {
            buckets.computeIfAbsent(bandKey(entry.signature(), band), k -> new ArrayList<>(1)).add(index);
        }
    }

    /** Band number and its slot values folded into one key; a rare collision only adds a rejected candidate. */
    private static long bandKey(int[] signature, int band) {
        long key = band;
        for (int row = 0; row < ROWS_PER_BAND; row++) {
            key = key * 0x9E3779B97F4A7C15L + Integer.toUnsignedLong(signature[band * ROWS_PER_BAND + row]);
        }
        return key;
    }

    private static boolean isEmpty(int[] signature) {
        for (int value : signature) {
            if (value != Fingerprinter.EMPTY_SLOT) {
                return false;
            }
        }
        return true;
    }

    private static void requireId(String articleId) {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
    }

    private static int[] signature(Fingerprint fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (fingerprint.contentHash() == null || fingerprint.minhash() == null) {
            throw new IllegalArgumentException("fingerprint needs a content hash and a MinHash signature");
        }
        if (fingerprint.minhash().size() != Fingerprinter.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("MinHash signature has " + fingerprint.minhash().size()
                    + " slots, expected " + Fingerprinter.SIGNATURE_LENGTH);
        }
        return fingerprint.minhash().stream().mapToInt(Integer::intValue).toArray();
    }
}
