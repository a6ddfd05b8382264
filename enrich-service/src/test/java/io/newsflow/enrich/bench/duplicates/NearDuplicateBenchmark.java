package io.newsflow.enrich.bench.duplicates;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;


import io.newsflow.enrich.bench.GroundTruthBodies;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.newsflow.enrich.domain.duplicates.SignatureSimilarity;

/**
 * Near-duplicate benchmark: precision and recall of "same story" decisions on a labelled set generated from the 181
 * article bodies of {@code ../shared/benchmarks/article-extraction/ground-truth.json} (override with
 * {@code -Dnewsflow.bench.ground-truth=PATH}; relative paths resolve against the project root).
 *
 * <p>Every page keeps its original and gets one copy per {@link Transformation}; a page's documents are one story,
 * documents of different pages are different stories. Among the negatives, two harder groups are reported apart:
 * wrapped copies of different pages that share a site template, and the page pairs with the most content words in
 * common. Documents go through {@link Fingerprinter} and {@link LshDuplicateIndex} as in the pipeline, in a seeded
 * shuffled order where each copy comes after its original. Precision and recall count document pairs that share a
 * {@code storyId}. Run from the project root:
 *
 * <pre>
 * mvn -B -q -f enrich-service/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.newsflow.enrich.bench.duplicates.NearDuplicateBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional: {@code -Dnewsflow.bench.seed=N} (default 20260401) to generate another set.
 */
public final class NearDuplicateBenchmark {

    /** How a copy was made from its page. */
    enum Transformation {
        EXACT, RE_ENCODED, REWRAPPED, TRUNCATED, EDITED, SYNDICATED
    }

    private record Doc(String id, int page, Transformation transformation, String text, int template) {
    }

    private static final String DEFAULT_PATH = "../shared/benchmarks/article-extraction/ground-truth.json";
    private static final int TOPIC_PAIRS = 200;

    public static void main(String[] args) throws IOException {
        Path path = locate(System.getProperty("newsflow.bench.ground-truth", DEFAULT_PATH));
        if (!Files.isRegularFile(path)) {
            System.out.println("benchmark data not found at " + path + ": skipped");
            return;
        }
        long seed = Long.getLong("newsflow.bench.seed", 20260401L);
        TreeMap<String, String> bodies = GroundTruthBodies.read(path);
        List<String> pages = new ArrayList<>(bodies.values());
        Random random = new Random(seed);
        List<Doc> docs = generate(pages, random);
        List<Doc> order = arrivalOrder(docs, random);

        Fingerprinter fingerprinter = new Fingerprinter();
        for (Doc doc : docs) {
            fingerprinter.fingerprint(doc.text()); // warm-up: the timed pass measures compiled code
        }
        Map<String, Fingerprint> fingerprints = new HashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Doc doc : order) {
            fingerprints.put(doc.id(), fingerprinter.fingerprint(doc.text()));
        }
        long fingerprintNanos = System.nanoTime() - start;
        long fingerprintCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;

        LshDuplicateIndex index = new LshDuplicateIndex();
        Map<String, DuplicateVerdict> verdicts = new HashMap<>();
        start = System.nanoTime();
        for (Doc doc : order) {
            verdicts.put(doc.id(), index.register(doc.id(), fingerprints.get(doc.id())));
        }
        long registerNanos = System.nanoTime() - start;

        report(pages, docs, verdicts, seed);
        margins(docs, fingerprints, index);
        uncleanedPages(path.resolveSibling("html"), bodies, fingerprinter);
        // CPU time too: on a shared machine wall-clock figures mostly measure the other processes.
        System.out.printf(Locale.ROOT, "throughput, one thread: %.0f fingerprints/s wall clock, %.0f per CPU second"
                + " (%d docs, %.0f words avg); %.0f registrations/s wall clock%n",
                docs.size() / (fingerprintNanos / 1e9), docs.size() / (fingerprintCpuNanos / 1e9), docs.size(),
                docs.stream().mapToInt(d -> d.text().split("\\s+").length).average().orElse(0),
                docs.size() / (registerNanos / 1e9));
    }

    private static Path locate(String configured) {
        Path path = Path.of(configured);
        if (path.isAbsolute() || Files.exists(path)) {
            return path.toAbsolutePath().normalize();
        }
        // Run from the module directory instead of the project root.
        Path fromModule = Path.of("..").resolve(configured);
        return (Files.exists(fromModule) ? fromModule : path).toAbsolutePath().normalize();
    }

    /**
     * Stress line, outside the figures above: each clean body against the whole text of its HTML page (navigation,
     * comments, footers and all), as if the cleaner had removed nothing from one of the two copies.
     */
    private static void uncleanedPages(Path htmlDir, TreeMap<String, String> bodies, Fingerprinter fingerprinter)
            throws IOException {
        if (!Files.isDirectory(htmlDir)) {
            System.out.println("stress, cleaner bypassed: no HTML pages at " + htmlDir + ": skipped");
            return;
        }
        LshDuplicateIndex index = new LshDuplicateIndex();
        List<String> ids = new ArrayList<>(bodies.keySet());
        for (String id : ids) {
            index.register("p-" + id, fingerprinter.fingerprint(bodies.get(id)));
        }
        int same = 0;
        int wrong = 0;
        double ratio = 0;
        for (String id : ids) {
            String page;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlDir.resolve(id + ".html.gz")))) {
                page = PageText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            ratio += (double) page.split("\\s+").length / Math.max(1, bodies.get(id).split("\\s+").length);
            String story = index.register("u-" + id, fingerprinter.fingerprint(page)).storyId();
            same += story.equals("p-" + id) ? 1 : 0;
            wrong += story.equals("p-" + id) || story.equals("u-" + id) ? 0 : 1;
        }
        System.out.printf(Locale.ROOT, "stress, cleaner bypassed (whole page text, on average %.1f times the body, vs the"
                + " clean body): same story %d/%d, another page's story %d (two pages of one site whose shared furniture"
                + " outweighs their bodies: only the cleaner can tell those apart)%n", ratio / ids.size(), same, ids.size(), wrong);
    }

    // ---- generator -------------------------------------------------------------------------------------------

    private static List<Doc> generate(List<String> pages, Random random) {
        List<Doc> docs = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            String text = pages.get(page);
            docs.add(new Doc("p" + page, page, null, text, -1));
            for (Transformation t : Transformation.values()) {
                int template = random.nextInt(SiteTemplates.COUNT);
                String copy = switch (t) {
                    case EXACT -> text;
                    case RE_ENCODED -> reEncode(text, random);
                    case REWRAPPED -> SiteTemplates.wrap(text, template, random);
                    case TRUNCATED -> truncate(text, 0.70 + 0.20 * random.nextDouble());
                    case EDITED -> Editor.edit(text, 0.04, random);
                    case SYNDICATED -> SiteTemplates.wrap(truncate(Editor.edit(text, 0.02, random),
                            0.85 + 0.15 * random.nextDouble()), template, random);
                };
                boolean wrapped = t == Transformation.REWRAPPED || t == Transformation.SYNDICATED;
                docs.add(new Doc("p" + page + "-" + t.name().toLowerCase(Locale.ROOT), page, t, copy,
                        wrapped ? template : -1));
            }
        }
        return docs;
    }

    /** BOM, CRLF line ends, decomposed accents, doubled spaces and trailing blanks: what another export produces. */
    private static String reEncode(String text, Random random) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFD).split("\n", -1)) {
            out.append(random.nextInt(4) == 0 ? line.replace(" ", "  ") : line)
                    .append(random.nextBoolean() ? " \r\n" : "\r\n");
        }
        return out.toString();
    }

    /** Keeps about {@code share} of the words, ending at the last sentence end in the kept part when there is one. */
    static String truncate(String text, double share) {
        int cut = 0;
        int words = text.split("\\s+").length;
        int target = (int) Math.ceil(words * share);
        int seen = 0;
        for (int i = 0; i < text.length() && seen < target; i++) {
            if (Character.isWhitespace(text.charAt(i)) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                seen++;
            }
            cut = i + 1;
        }
        String kept = text.substring(0, cut);
        int sentenceEnd = Math.max(kept.lastIndexOf(". "), kept.lastIndexOf(".\n"));
        return sentenceEnd > kept.length() * 0.8 ? kept.substring(0, sentenceEnd + 1) : kept.strip();
    }

    /** Arrival order: a seeded shuffle in which an original is moved ahead of its first copy. */
    private static List<Doc> arrivalOrder(List<Doc> docs, Random random) {
        List<Doc> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, random);
        Map<Integer, Doc> originals = new HashMap<>();
        docs.stream().filter(d -> d.transformation() == null).forEach(d -> originals.put(d.page(), d));
        List<Doc> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Doc doc : shuffled) {
            Doc original = originals.get(doc.page());
            if (placed.add(original.id())) {
                order.add(original);
            }
            if (placed.add(doc.id())) {
                order.add(doc);
            }
        }
        return order;
    }

    // ---- scoring ---------------------------------------------------------------------------------------------

    private static void report(List<String> pages, List<Doc> docs, Map<String, DuplicateVerdict> verdicts, long seed) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        Map<Transformation, long[]> perTransformation = new EnumMap<>(Transformation.class);
        long sameTemplatePairs = 0;
        long sameTemplateMerged = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc a = docs.get(i);
            String storyA = verdicts.get(a.id()).storyId();
            for (int j = i + 1; j < docs.size(); j++) {
                Doc b = docs.get(j);
                boolean predicted = storyA.equals(verdicts.get(b.id()).storyId());
                boolean actual = a.page() == b.page();
                if (predicted && actual) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (actual) {
                    fn++;
                }
                if (!actual && a.template() >= 0 && a.template() == b.template()) {
                    sameTemplatePairs++;
                    sameTemplateMerged += predicted ? 1 : 0;
                }
                // Per transformation: recall of the copy against its own original; precision over every pair
                // in which the copy is said to be the same story as another document.
                for (Doc copy : new Doc[] {a, b}) {
                    Doc other = copy == a ? b : a;
                    if (copy.transformation() == null) {
                        continue;
                    }
                    long[] counts = perTransformation.computeIfAbsent(copy.transformation(), k -> new long[4]);
                    if (actual && other.transformation() == null) {
                        counts[predicted ? 0 : 1]++;
                    }
                    if (predicted) {
                        counts[actual ? 2 : 3]++;
                    }
                }
            }
        }
        long positives = tp + fn;
        System.out.printf(Locale.ROOT, "near-duplicate benchmark: %d pages, %d documents (seed %d), %d same-story pairs,"
                + " %d different-story pairs%n", pages.size(), docs.size(), seed, positives,
                (long) docs.size() * (docs.size() - 1) / 2 - positives);
        System.out.printf(Locale.ROOT, "overall: precision %.4f  recall %.4f  F1 %.4f  (TP %d, FP %d, FN %d)%n",
                precision(tp, fp), recall(tp, fn), f1(tp, fp, fn), tp, fp, fn);
        for (Map.Entry<Transformation, long[]> e : perTransformation.entrySet()) {
            long[] c = e.getValue();
            System.out.printf(Locale.ROOT, "  %-11s recall vs original %.4f (%d/%d), precision of its pairs %.4f"
                    + " (%d wrong)%n", e.getKey().name().toLowerCase(Locale.ROOT), recall(c[0], c[1]), c[0], c[0] + c[1],
                    precision(c[2], c[3]), c[3]);
        }
        long exactExpected = docs.stream().filter(d -> d.transformation() == Transformation.EXACT
                || d.transformation() == Transformation.RE_ENCODED).count();
        long exactFound = docs.stream().filter(d -> d.transformation() == Transformation.EXACT
                || d.transformation() == Transformation.RE_ENCODED)
                .filter(d -> ("p" + d.page()).equals(verdicts.get(d.id()).duplicateOf())).count();
        System.out.printf(Locale.ROOT, "exact duplicates (duplicateOf = original) for exact and re-encoded copies: %d/%d%n",
                exactFound, exactExpected);
        long nearWrong = docs.stream().filter(d -> verdicts.get(d.id()).nearDuplicateOf() != null)
                .filter(d -> !pageOf(docs, verdicts.get(d.id()).nearDuplicateOf()).equals(d.page())).count();
        System.out.printf(Locale.ROOT, "nearDuplicateOf pointing at another page: %d%n", nearWrong);
        System.out.printf(Locale.ROOT, "hard negatives, wrapped copies of different pages in one site template: %d of %d"
                + " pairs merged%n", sameTemplateMerged, sameTemplatePairs);
        topicPairs(pages, docs, verdicts);
    }

    /**
     * How far the decisions are from the rules, independent of LSH and arrival order: per rule, the largest
     * containment among pairs of different pages that reach its Jaccard minimum, and the original-copy pairs no
     * rule accepts.
     */
    private static void margins(List<Doc> docs, Map<String, Fingerprint> fingerprints, LshDuplicateIndex index) {
        int[][] signatures = docs.stream()
                .map(d -> fingerprints.get(d.id()).minhash().stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        List<LshDuplicateIndex.Rule> rules = LshDuplicateIndex.DEFAULT_RULES;
        double maxJaccard = 0;
        double[] maxContainment = new double[rules.size()];
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                if (docs.get(i).page() != docs.get(j).page()) {
                    SignatureSimilarity s = SignatureSimilarity.of(signatures[i], signatures[j]);
                    maxJaccard = Math.max(maxJaccard, s.jaccard());
                    for (int r = 0; r < rules.size(); r++) {
                        if (s.jaccard() >= rules.get(r).minJaccard()) {
                            maxContainment[r] = Math.max(maxContainment[r], s.containment());
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "margins: pairs of different pages reach at most Jaccard %.3f%n", maxJaccard);
        for (int r = 0; r < rules.size(); r++) {
            System.out.printf(Locale.ROOT, "  rule J >= %.3f and C >= %.2f: different pages with that J reach C %.3f%n",
                    rules.get(r).minJaccard(), rules.get(r).minContainment(), maxContainment[r]);
        }
        Map<Integer, Integer> originals = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).transformation() == null) {
                originals.put(docs.get(i).page(), i);
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            Doc doc = docs.get(i);
            SignatureSimilarity s = SignatureSimilarity.of(signatures[originals.get(doc.page())], signatures[i]);
            if (doc.transformation() != null && !index.sameStory(s)) {
                System.out.printf(Locale.ROOT, "  no rule holds against its original: %s (%d words) J %.3f, C %.3f%n",
                        doc.id(), doc.text().split("\\s+").length, s.jaccard(), s.containment());
            }
        }
    }

    /** The page pairs sharing the most content words: the closest thing to distinct stories on one topic here. */
    private static void topicPairs(List<String> pages, List<Doc> docs, Map<String, DuplicateVerdict> verdicts) {
        List<Map<String, Integer>> bags = pages.stream().map(NearDuplicateBenchmark::contentWords).toList();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (int j = i + 1; j < pages.size(); j++) {
                pairs.add(new double[] {cosine(bags.get(i), bags.get(j)), i, j});
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        List<double[]> top = pairs.subList(0, Math.min(TOPIC_PAIRS, pairs.size()));
        long merged = top.stream().filter(p -> verdicts.get("p" + (int) p[1]).storyId()
                .equals(verdicts.get("p" + (int) p[2]).storyId())).count();
        System.out.printf(Locale.ROOT, "hard negatives, %d page pairs with most content words in common (cosine %.2f to"
                + " %.2f): %d merged%n", top.size(), top.get(top.size() - 1)[0], top.get(0)[0], merged);
    }

    private static Map<String, Integer> contentWords(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3 && !Editor.FUNCTION_WORDS.contains(word)) {
                bag.merge(word, 1, Integer::sum);
            }
        }
        return bag;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * (double) v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * (double) v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static Integer pageOf(List<Doc> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().map(Doc::page).orElse(-1);
    }

    private static double precision(long tp, long fp) {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    private static double recall(long tp, long fn) {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    private static double f1(long tp, long fp, long fn) {
        double p = precision(tp, fp);
        double r = recall(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private NearDuplicateBenchmark() {
    }
}
