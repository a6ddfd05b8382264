package io.newsflow.names.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.IdentityMatch;
import io.newsflow.names.IdentityRanking;
import io.newsflow.names.NameMatcher;

/**
 * How well one identity holds across transliteration systems, on names nobody here chose: datafaker's Russian,
 * Ukrainian and Belarusian given names, surnames and cities ({@link CyrillicNameLists}), each written in the systems
 * of {@link Romanizations} and in Cyrillic. A Russian person and the Belarusian form of the same list entry are one
 * identity (Смирнов / Смірноў, Lukashenko / Lukashenka).
 *
 * <p>Prints (a) recall: the share of spelling pairs of one name that get one key as mentions, and the share of
 * queries in one spelling that resolve to the identity stored in another (best candidate at or above the query
 * service's default threshold, 0.6); (b) false merges: the share of pairs of different names that share a key as
 * mentions, and the share of queries whose best candidate above the threshold is another identity; both again for
 * hard negatives, pairs with one given name and surnames at most two letters apart. Queries are ranked against every
 * stored key (the SQL candidate lookup is not modelled: this is the ranking's figure).
 *
 * <p>Run: {@code mvn -B -q -f entity-names/pom.xml test-compile exec:java@bench-transliteration}; add
 * {@code -Dexec.args="'ru+be people' 3"} to print a group's first identities with their keys, and
 * {@code -Dsamples=50} (in MAVEN_OPTS) to print samples of what fails.
 */
public final class TransliterationBenchmark {

    static final double THRESHOLD = 0.6;
    /** {@code -Dsamples=N}: print every N-th miss, wrong resolution and merged hard negative. */
    private static final int SAMPLES = Integer.getInteger("samples", 0);
    private static final int HARD_NEGATIVE_DISTANCE = 2;
    private static final double[] SWEEP = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};
    private static final com.ibm.icu.text.Transliterator ISO_9 =
            com.ibm.icu.text.Transliterator.getInstance("Cyrillic-Latin");

    /** One person or place, in every spelling the benchmark writes it in (system name to text). */
    record Identity(int id, String group, EntityType type, boolean male, Map<String, String> spellings) {
    }

    private final EntityResolver resolver = new EntityResolver();
    private final NameMatcher matcher = new NameMatcher(resolver);
    private final IdentityRanking ranking = new IdentityRanking(matcher);
    private final Map<String, String> keys = new HashMap<>();

    /** Arguments, optional: a group name and a count, to print that many of its identities' spellings and keys. */
    public static void main(String[] args) {
        new TransliterationBenchmark().run(args);
    }

    private void run(String[] args) {
        CyrillicNameLists.Locale ru = CyrillicNameLists.load("ru");
        CyrillicNameLists.Locale uk = CyrillicNameLists.load("uk");
        CyrillicNameLists.Locale be = CyrillicNameLists.load("be");
        List<Identity> identities = new ArrayList<>();
        addPeople(identities, "ru+be people", List.of(ru, be));
        addPeople(identities, "uk people", List.of(uk));
        for (CyrillicNameLists.Locale locale : List.of(ru, uk, be)) {
            for (String city : locale.cities()) {
                if (city != null) {
                    identities.add(new Identity(identities.size(), locale.language() + " places", EntityType.LOC, false,
                            spellings(List.of(locale), List.of(city))));
                }
            }
        }
        Map<String, List<Identity>> groups = identities.stream()
                .collect(Collectors.groupingBy(Identity::group, TreeMap::new, Collectors.toList()));

        System.out.printf(Locale.ROOT, "Transliteration benchmark: %d identities, %d spellings%n", identities.size(),
                identities.stream().mapToInt(i -> i.spellings().size()).sum());
        if (args.length > 0) {
            // show how the named group's first identities are spelled and keyed
            groups.get(args[0]).stream().limit(Integer.parseInt(args[1])).forEach(identity -> identity.spellings()
                    .forEach((system, text) -> System.out.printf("  %-22s %-32s %s%n", system, text,
                            key(identity, text))));
        }
        System.out.printf(Locale.ROOT, "%-14s %6s %10s %10s %10s %10s%n", "group", "names", "mention-R",
                "query-R", "mention-FM", "query-FM");
        Totals all = new Totals();
        for (Map.Entry<String, List<Identity>> group : groups.entrySet()) {
            Totals totals = measure(group.getValue());
            all.add(totals);
            print(group.getKey(), group.getValue().size(), totals);
        }
        print("all", identities.size(), all);

        Totals hard = new Totals();
        for (List<Identity> group : groups.values()) {
            if (group.get(0).type() == EntityType.PERSON) {
                hardNegatives(group, hard);
            }
        }
        System.out.printf(Locale.ROOT, "hard negatives (one gender and given name, surnames <= %d letters apart):"
                + " %d pairs, mention false merges %.4f, query false merges %.4f%n", HARD_NEGATIVE_DISTANCE, hard.pairs,
                hard.share(hard.mergedPairs, hard.pairs), hard.share(hard.wrongQueries, hard.queries));
        System.out.println("query threshold sweep (all groups): threshold, recall, false merges");
        for (int i = 0; i < SWEEP.length; i++) {
            System.out.printf(Locale.ROOT, "  %.2f %.4f %.4f%n", SWEEP[i], all.share(all.sweepRight[i], all.queries),
                    all.share(all.sweepWrong[i], all.queries));
        }
        System.out.println("hard-negative threshold sweep: threshold, false merges");
        for (int i = 0; i < SWEEP.length; i++) {
            System.out.printf(Locale.ROOT, "  %.2f %.4f%n", SWEEP[i], hard.share(hard.sweepWrong[i], hard.queries));
        }
        System.out.println("worst system pairs (mention recall):");
        all.bySystemPair.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a[0] / a[1], b[0] / b[1])))
                .limit(6).forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %.3f%n", e.getKey(),
                        e.getValue()[0] / e.getValue()[1]));
    }

    private void addPeople(List<Identity> identities, String group, List<CyrillicNameLists.Locale> forms) {
        CyrillicNameLists.Locale first = forms.get(0);
        for (boolean male : new boolean[] {true, false}) {
            List<String> surnames = male ? first.maleSurnames() : first.femaleSurnames();
            for (int i = 0; i < surnames.size(); i++) {
                List<String> names = new ArrayList<>();
                for (CyrillicNameLists.Locale form : forms) {
                    List<String> given = male ? form.maleGiven() : form.femaleGiven();
                    List<String> family = male ? form.maleSurnames() : form.femaleSurnames();
                    String g = given.get(i % given.size());
                    String s = i < family.size() ? family.get(i) : null;
                    names.add(g == null || s == null ? null : g + " " + s);
                }
                if (!names.contains(null) && oneName(names)) {
                    identities.add(new Identity(identities.size(), group, EntityType.PERSON, male,
                            spellings(forms, names)));
                }
            }
        }
    }

    /**
     * Whether the language forms of a list entry are one name: the lists translate a few surnames instead
     * (Цветков / Кветак, "flower"), which are not spellings of each other. Judged on ISO 9 romanizations, more than
     * half of the letters apart: a cleaning of the data, independent of the key function under test.
     */
    private static boolean oneName(List<String> names) {
        String first = ISO_9.transliterate(names.get(0).toLowerCase(Locale.ROOT));
        return names.stream().map(n -> ISO_9.transliterate(n.toLowerCase(Locale.ROOT)))
                .allMatch(n -> levenshtein(first, n) <= Math.max(first.length(), n.length()) / 2);
    }

    /** Every spelling of one name: per language form, the Cyrillic original and each system's romanization. */
    private static Map<String, String> spellings(List<CyrillicNameLists.Locale> forms, List<String> names) {
        Map<String, String> spellings = new LinkedHashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            String language = forms.get(f).language();
            spellings.put(language + " Cyrillic", names.get(f));
            for (Romanizations.System system : Romanizations.of(language)) {
                spellings.put(language + " " + system.name(), system.write(names.get(f)));
            }
        }
        return spellings;
    }

    private Totals measure(List<Identity> group) {
        Totals totals = new Totals();
        for (Identity identity : group) {
            List<Map.Entry<String, String>> spellings = new ArrayList<>(identity.spellings().entrySet());
            for (int a = 0; a < spellings.size(); a++) {
                for (int b = a + 1; b < spellings.size(); b++) {
                    boolean same = key(identity, spellings.get(a).getValue())
                            .equals(key(identity, spellings.get(b).getValue()));
                    totals.spellingPairs++;
                    totals.sameKey += same ? 1 : 0;
                    double[] cell = totals.bySystemPair.computeIfAbsent(
                            spellings.get(a).getKey() + " ~ " + spellings.get(b).getKey(), k -> new double[2]);
                    cell[0] += same ? 1 : 0;
                    cell[1]++;
                }
            }
        }
        // mention false merges: pairs of different names that share any key
        Map<String, Set<Integer>> byKey = new HashMap<>();
        for (Identity identity : group) {
            for (String spelling : identity.spellings().values()) {
                byKey.computeIfAbsent(key(identity, spelling), k -> new java.util.HashSet<>()).add(identity.id());
            }
        }
        Set<Long> merged = new java.util.HashSet<>();
        for (Set<Integer> ids : byKey.values()) {
            List<Integer> list = new ArrayList<>(ids);
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    merged.add(Math.min(list.get(a), list.get(b)) * 1_000_000L + Math.max(list.get(a), list.get(b)));
                }
            }
        }
        totals.mergedPairs = merged.size();
        totals.pairs = (long) group.size() * (group.size() - 1) / 2;

        // queries: the group stored in one system, queried in every other
        Set<String> systems = group.get(0).spellings().keySet();
        for (String stored : systems) {
            Map<String, List<Identity>> storedKeys = new HashMap<>();
            for (Identity identity : group) {
                storedKeys.computeIfAbsent(key(identity, identity.spellings().get(stored)), k -> new ArrayList<>())
                        .add(identity);
            }
            List<IdentityRanking.Candidate> candidates = storedKeys.keySet().stream()
                    .map(k -> new IdentityRanking.Candidate(k, k, false)).toList();
            for (String asked : systems) {
                if (asked.equals(stored)) {
                    continue;
                }
                for (Identity identity : group) {
                    String text = identity.spellings().get(asked);
                    Set<String> bySpelling = group.stream()
                            .filter(other -> other.spellings().get(stored).equalsIgnoreCase(text))
                            .map(other -> key(other, other.spellings().get(stored))).collect(Collectors.toSet());
                    List<IdentityMatch> ranked = ranking.rank(matcher.parse(text), bySpelling, candidates);
                    totals.queries++;
                    if (!ranked.isEmpty()) {
                        List<Identity> top = storedKeys.get(ranked.get(0).key());
                        boolean right = top.size() == 1 && top.get(0) == identity;
                        totals.sweep(ranked.get(0).score(), right);
                    }
                    if (ranked.isEmpty() || ranked.get(0).score() < THRESHOLD) {
                        sample("missed", totals.queries, asked, text, stored, identity.spellings().get(stored),
                                ranked.isEmpty() ? null : ranked.get(0));
                    }
                    if (!ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD) {
                        List<Identity> found = storedKeys.get(ranked.get(0).key());
                        if (found.size() == 1 && found.get(0) == identity) {
                            totals.rightQueries++;
                        } else if (!found.contains(identity) || found.size() > 1) {
                            totals.wrongQueries++;
                            sample("wrong", totals.wrongQueries, asked, text, stored,
                                    found.get(0).spellings().get(stored), ranked.get(0));
                        }
                    }
                }
            }
        }
        return totals;
    }

    /**
     * Pairs of people with one given name whose surnames, romanized by BGN/PCGN, are at most
     * {@link #HARD_NEGATIVE_DISTANCE} letters apart: as mentions, do they share a key; as a query in any spelling of
     * the one against the other stored alone in any spelling, does it resolve to the other.
     */
    private void hardNegatives(List<Identity> group, Totals totals) {
        String system = group.get(0).spellings().keySet().stream().filter(s -> s.endsWith("BGN/PCGN")).findFirst()
                .orElseThrow();
        for (int a = 0; a < group.size(); a++) {
            for (int b = a + 1; b < group.size(); b++) {
                Identity x = group.get(a);
                Identity y = group.get(b);
                String[] nx = x.spellings().get(system).split(" ", 2);
                String[] ny = y.spellings().get(system).split(" ", 2);
                if (x.male() != y.male() || nx.length < 2 || ny.length < 2
                        || levenshtein(nx[1].toLowerCase(Locale.ROOT), ny[1].toLowerCase(Locale.ROOT))
                        > HARD_NEGATIVE_DISTANCE) {
                    continue;
                }
                // the same given name for both: rewrite y with x's given name in every system
                Map<String, String> yWithXsGiven = new LinkedHashMap<>();
                y.spellings().forEach((s, text) -> yWithXsGiven.put(s,
                        x.spellings().get(s).split(" ", 2)[0] + " " + text.split(" ", 2)[1]));
                Identity other = new Identity(-1, y.group(), y.type(), y.male(), yWithXsGiven);
                totals.pairs++;
                Set<String> xKeys = x.spellings().values().stream().map(t -> key(x, t)).collect(Collectors.toSet());
                boolean shared = other.spellings().values().stream().map(t -> key(other, t)).anyMatch(xKeys::contains);
                totals.mergedPairs += shared ? 1 : 0;
                if (shared) {
                    sample("hard negative merged", totals.mergedPairs, "", x.spellings().toString(), "",
                            other.spellings().toString(), null);
                }
                for (String asked : x.spellings().values()) {
                    NameMatcher.QueryName query = matcher.parse(asked);
                    for (String stored : other.spellings().values()) {
                        String storedKey = key(other, stored);
                        List<IdentityMatch> ranked = ranking.rank(query,
                                stored.equalsIgnoreCase(asked) ? Set.of(storedKey) : Set.of(),
                                List.of(new IdentityRanking.Candidate(storedKey, stored, false)));
                        totals.queries++;
                        totals.wrongQueries += !ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD ? 1 : 0;
                        if (!ranked.isEmpty()) {
                            totals.sweep(ranked.get(0).score(), false);
                        }
                    }
                }
            }
        }
    }

    private static void sample(String kind, long count, String askedSystem, String asked, String storedSystem,
            String stored, IdentityMatch best) {
        if (SAMPLES > 0 && count % SAMPLES == 0) {
            System.out.printf(Locale.ROOT, "  %s: %s '%s' / %s '%s' best %s%n", kind, askedSystem, asked,
                    storedSystem, stored, best);
        }
    }

    private String key(Identity identity, String spelling) {
        return keys.computeIfAbsent(identity.type() + "|" + spelling, k -> resolver.keyOf(spelling, identity.type()));
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static void print(String group, int names, Totals t) {
        System.out.printf(Locale.ROOT, "%-14s %6d %10.4f %10.4f %10.4f %10.4f%n", group, names,
                t.share(t.sameKey, t.spellingPairs), t.share(t.rightQueries, t.queries),
                t.share(t.mergedPairs, t.pairs), t.share(t.wrongQueries, t.queries));
    }

    /** Counts of one group, or of several added up. */
    private static final class Totals {
        long spellingPairs;
        long sameKey;
        long pairs;
        long mergedPairs;
        long queries;
        long rightQueries;
        long wrongQueries;
        final Map<String, double[]> bySystemPair = new TreeMap<>();
        /** Per threshold of {@link #SWEEP}: queries whose best candidate reaches it, right and wrong. */
        final long[] sweepRight = new long[SWEEP.length];
        final long[] sweepWrong = new long[SWEEP.length];

        void sweep(double score, boolean right) {
            for (int i = 0; i < SWEEP.length; i++) {
                if (score >= SWEEP[i]) {
                    (right ? sweepRight : sweepWrong)[i]++;
                }
            }
        }

        void add(Totals other) {
            spellingPairs += other.spellingPairs;
            sameKey += other.sameKey;
            pairs += other.pairs;
            mergedPairs += other.mergedPairs;
            queries += other.queries;
            for (int i = 0; i < SWEEP.length; i++) {
                sweepRight[i] += other.sweepRight[i];
                sweepWrong[i] += other.sweepWrong[i];
            }
            rightQueries += other.rightQueries;
            wrongQueries += other.wrongQueries;
            other.bySystemPair.forEach((k, v) -> {
                double[] cell = bySystemPair.computeIfAbsent(k, x -> new double[2]);
                cell[0] += v[0];
                cell[1] += v[1];
            });
        }

        double share(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }
}
