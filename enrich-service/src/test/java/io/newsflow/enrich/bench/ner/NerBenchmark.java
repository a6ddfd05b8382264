package io.newsflow.enrich.bench.ner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.enrich.domain.entities.CoreNlpEntityRecognizer;
import io.newsflow.enrich.domain.entities.PlaceSpotter;
import io.newsflow.enrich.domain.entities.TokenRun;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.Gazetteer;

/**
 * Entity-level NER benchmark on wikigold (CoNLL format, IO tags), scored like conlleval: an entity is a maximal run
 * of tokens with one type, correct only when both boundaries and the type match; micro precision, recall and F1
 * overall and per type. The tagger gets the gold tokens sentence by sentence, so boundaries line up, and each
 * document whole, as the enrich service tags an article ({@code classifyDocument}: names tagged once are tagged at
 * their other occurrences).
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -B -q -f enrich-service/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.newsflow.enrich.bench.ner.NerBenchmark -Dexec.classpathScope=test
 * </pre>
 * Options (system properties, e.g. {@code MAVEN_OPTS="-Dner.models=4class,3class"}): {@code ner.benchmark.file}
 * (default {@code ../shared/benchmarks/ner/wikigold.conll.txt}), {@code ner.models} (comma-separated
 * {@code 4class}, {@code 3class} or model resources; a later model only adds types earlier ones lack; default
 * {@code 3class,4class}, what the enrich service uses), {@code ner.sentenceLevel=true} to also score the
 * sentences tagged alone.
 */
public final class NerBenchmark {

    private static final String DEFAULT_FILE = "../shared/benchmarks/ner/wikigold.conll.txt";

    private NerBenchmark() {
    }

    /** One entity: token span [start, end) within the whole file and its type. */
    record Span(int start, int end, EntityType type) {
    }

    public static void main(String[] args) throws IOException {
        Path file = locate(System.getProperty("ner.benchmark.file", DEFAULT_FILE));
        if (!Files.isRegularFile(file)) {
            System.out.println("benchmark data not found at " + file.toAbsolutePath().normalize() + ": skipped");
            return;
        }
        List<List<List<String[]>>> documents = read(file);
        boolean sentenceOnly = Boolean.getBoolean("ner.sentenceLevel");
        List<String> models = Arrays.stream(System.getProperty("ner.models", "3class,4class").split(","))
                .map(String::trim).map(NerBenchmark::modelResource).toList();

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeap();
        long loadCpuStart = cpu.getCurrentThreadCpuTime();
        long loadStart = System.nanoTime();
        CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer(models, new EntityResolver());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        double loadCpuSeconds = (cpu.getCurrentThreadCpuTime() - loadCpuStart) / 1e9;
        long heapModel = usedHeap() - heapBefore;

        // the gazetteer's places the models miss, as the service adds them (LanguageRoutedEntityRecognizer)
        boolean withPlaces = !Boolean.getBoolean("ner.noPlaces");
        PlaceSpotter places = new PlaceSpotter(Gazetteer.packaged(), new EntityResolver());
        int addedPlaces = 0;
        Set<Span> gold = new HashSet<>();
        Set<Span> sentenceLevel = new HashSet<>();
        Set<Span> predicted = new HashSet<>();
        int tokens = 0;
        int sentenceCount = 0;
        long tagStart = System.nanoTime();
        long tagCpuStart = cpu.getCurrentThreadCpuTime();
        for (List<List<String[]>> document : documents) {
            List<List<String>> words = new ArrayList<>(document.size());
            for (List<String[]> sentence : document) {
                words.add(sentence.stream().map(token -> token[0]).toList());
            }
            List<List<EntityType>> predictedTypes = new ArrayList<>();
            recognizer.classifyDocument(words).forEach(types -> predictedTypes.add(new ArrayList<>(types)));
            if (withPlaces) {
                for (int s = 0; s < document.size(); s++) {
                    addedPlaces += addPlaces(places, words.get(s), predictedTypes.get(s));
                }
            }
            for (int s = 0; s < document.size(); s++) {
                List<EntityType> goldTypes = document.get(s).stream().map(token -> goldType(token[1])).toList();
                gold.addAll(runs(goldTypes, tokens));
                predicted.addAll(runs(predictedTypes.get(s), tokens));
                if (sentenceOnly) {
                    sentenceLevel.addAll(runs(recognizer.classifyTokens(words.get(s)), tokens));
                }
                tokens += words.get(s).size();
                sentenceCount++;
            }
        }
        double tagSeconds = (System.nanoTime() - tagStart) / 1e9;
        double tagCpuSeconds = (cpu.getCurrentThreadCpuTime() - tagCpuStart) / 1e9;

        System.out.printf(Locale.ROOT, "NER benchmark: %s%n", file.toAbsolutePath().normalize());
        System.out.printf(Locale.ROOT, "models: %s%n", String.join(" + ", models));
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens, %d gold entities, %d predicted%n",
                sentenceCount, tokens, gold.size(), predicted.size());
        System.out.printf(Locale.ROOT, "%-8s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1",
                "gold", "pred", "tp");
        for (EntityType type : EntityType.values()) {
            print(type.name(), gold.stream().filter(s -> s.type() == type).toList(),
                    predicted.stream().filter(s -> s.type() == type).toList(), predicted, gold);
        }
        print("overall", new ArrayList<>(gold), new ArrayList<>(predicted), predicted, gold);
        System.out.printf(Locale.ROOT, "gazetteer places: %s, %d mentions added%n",
                withPlaces ? "on" : "off (-Dner.noPlaces=true)", addedPlaces);
        if (sentenceOnly) {
            print("sentence-level overall (no propagation)", new ArrayList<>(gold), new ArrayList<>(sentenceLevel),
                    sentenceLevel, gold);
        }
        // CPU time too: wall time on a shared machine says more about the neighbours than about the tagger
        System.out.printf(Locale.ROOT,
                "speed: %.0f sentences/s, %.0f tokens/s wall (%.2f s); %.0f tokens per CPU second (%.2f s CPU), "
                        + "one thread%s%n",
                sentenceCount / tagSeconds, tokens / tagSeconds, tagSeconds, tokens / tagCpuSeconds, tagCpuSeconds,
                sentenceOnly ? ", sentence-level pass included" : "");
        System.out.printf(Locale.ROOT, "model load: %.2f s wall, %.2f s CPU; heap retained by the models: ~%d MB%n",
                loadSeconds, loadCpuSeconds, heapModel / (1024 * 1024));
    }

    private static void print(String label, List<Span> gold, List<Span> predicted, Set<Span> allPredicted,
            Set<Span> allGold) {
        long tp = predicted.stream().filter(allGold::contains).count();
        double p = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %6d %6d %6d%n", label, p, r, f, gold.size(),
                predicted.size(), tp);
    }

    /**
     * Tags as LOC the tokens of the places the spotter finds in a sentence (its tokens joined by spaces) outside
     * the models' mentions; returns how many places it added.
     */
    private static int addPlaces(PlaceSpotter places, List<String> words, List<EntityType> types) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            starts[i] = text.length();
            text.append(words.get(i)).append(' ');
        }
        List<EntityMention> found = new ArrayList<>();
        for (TokenRun run : TokenRun.of(types)) {
            int start = starts[run.start()];
            int end = starts[run.end() - 1] + words.get(run.end() - 1).length();
            found.add(new EntityMention(text.substring(start, end), start, end, run.type(), null, null));
        }
        List<EntityMention> spotted = places.spot(text.toString(), found, "en");
        for (EntityMention place : spotted) {
            for (int i = 0; i < words.size(); i++) {
                if (starts[i] >= place.start() && starts[i] + words.get(i).length() <= place.end()) {
                    types.set(i, EntityType.LOC);
                }
            }
        }
        return spotted.size();
    }

    /** Maximal runs of one type, offset to file-wide token positions. */
    static List<Span> runs(List<EntityType> types, int offset) {
        return TokenRun.of(types).stream().map(r -> new Span(offset + r.start(), offset + r.end(), r.type())).toList();
    }

    private static final Map<String, EntityType> GOLD_TAGS = Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORG,
            "LOC", EntityType.LOC, "MISC", EntityType.MISC);

    static EntityType goldType(String tag) {
        if (tag.equals("O")) {
            return null;
        }
        EntityType type = GOLD_TAGS.get(tag.substring(tag.indexOf('-') + 1));
        if (type == null) {
            throw new IllegalArgumentException("unknown tag " + tag);
        }
        return type;
    }

    /** Documents of sentences of (token, tag); a document ends at its -DOCSTART- line. */
    static List<List<List<String[]>>> read(Path file) throws IOException {
        List<List<List<String[]>>> documents = new ArrayList<>();
        List<List<String[]>> document = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (line.startsWith("-DOCSTART-") && !document.isEmpty()) {
                    documents.add(document);
                    document = new ArrayList<>();
                }
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("not a 'TOKEN TAG' line: " + line);
            }
            sentence.add(new String[] {line.substring(0, space), line.substring(space + 1)});
        }
        if (!sentence.isEmpty()) {
            document.add(sentence);
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        return documents;
    }

    private static String modelResource(String name) {
        return switch (name) {
            case "4class" -> CoreNlpEntityRecognizer.CONLL_4CLASS;
            case "3class" -> CoreNlpEntityRecognizer.ALL_3CLASS;
            default -> name;
        };
    }

    /** The path as given, else relative to the parent when run from the module directory. */
    private static Path locate(String path) {
        Path given = Path.of(path);
        if (Files.exists(given) || given.isAbsolute()) {
            return given;
        }
        Path fromModule = Path.of("..").resolve(path);
        return Files.exists(fromModule) ? fromModule : given;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
