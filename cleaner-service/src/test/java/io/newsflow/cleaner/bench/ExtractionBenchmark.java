package io.newsflow.cleaner.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;

/**
 * Article-extraction benchmark: our extractor and Mozilla Readability on the same pages, scored with the benchmark's
 * shingle rule, for all pages, the development part (first 121 by id) and the held-out part (last 60).
 * <p>
 * System properties: {@code newsflow.bench.extraction} data folder (default {@code ../shared/benchmarks/
 * article-extraction} from the project root); {@code bench.readability=false} skips Readability;
 * {@code bench.details=N} lists the N worst development pages; {@code bench.show=ID-PREFIX} prints every kept and
 * removed block of that page, marked {@code +} when the expected body contains it and {@code -} when not.
 */
public final class ExtractionBenchmark {

    private static final int DEVELOPMENT_PAGES = 121;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Page(String id, String url, String expected, String html) {
    }

    private record Run(String name, Map<String, String> texts, Map<String, Double> millis) {
    }

    public static void main(String[] args) throws Exception {
        Path projectRoot = projectRoot();
        Path data = Paths.get(System.getProperty("newsflow.bench.extraction",
                projectRoot.resolve("../shared/benchmarks/article-extraction").toString())).normalize();
        if (!Files.isRegularFile(data.resolve("ground-truth.json")) || !Files.isDirectory(data.resolve("html"))) {
            System.out.println("benchmark data not found at " + data + ": skipped");
            return;
        }
        List<Page> pages = load(data);
        List<Run> runs = new ArrayList<>();
        runs.add(runOurs(pages));
        if (!"false".equals(System.getProperty("bench.readability"))) {
            ReadabilityRunner.ExtractionBenchmarkRun readability = ReadabilityRunner.run(projectRoot.resolve("cleaner-service"), pages.stream()
                    .map(p -> new ReadabilityRunner.Input(p.id(), p.url(), p.html())).toList());
            if (readability != null) {
                runs.add(new Run("readability.js", readability.texts(), readability.millis()));
            }
        }
        System.out.printf(Locale.ROOT, "article-extraction benchmark: %d pages from %s%n", pages.size(), data);
        System.out.printf(Locale.ROOT, "%-12s %5s  %-15s %9s %7s %7s %9s%n", "split", "pages", "extractor",
                "precision", "recall", "F1", "pages/s");
        report("all", pages, runs);
        report("development", pages.subList(0, Math.min(DEVELOPMENT_PAGES, pages.size())), runs);
        if (pages.size() > DEVELOPMENT_PAGES) {
            report("held-out", pages.subList(DEVELOPMENT_PAGES, pages.size()), runs);
        }
        if (runs.size() > 1) {
            System.out.printf(Locale.ROOT, "speed: newsflow is %.1fx readability.js (all pages)%n",
                    pagesPerSecond(pages, runs.get(0)) / pagesPerSecond(pages, runs.get(1)));
        }
        String show = System.getProperty("bench.show");
        if (show != null) {
            pages.stream().filter(p -> p.id().startsWith(show)).forEach(ExtractionBenchmark::show);
        }
        int details = Integer.getInteger("bench.details", 0);
        if (details > 0) {
            worst(pages.subList(0, Math.min(DEVELOPMENT_PAGES, pages.size())), runs.get(0), details);
        }
    }

    static Path projectRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("cleaner-service")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }

    private static List<Page> load(Path data) throws IOException {
        JsonNode truth = JSON.readTree(data.resolve("ground-truth.json").toFile());
        Map<String, JsonNode> sorted = new TreeMap<>();
        truth.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            Path file = data.resolve("html").resolve(e.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""),
                        e.getValue().path("articleBody").asText(""), html));
            }
        }
        return pages;
    }

    private static Run runOurs(List<Page> pages) {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Double> millis = new LinkedHashMap<>();
        for (Page page : pages) {
            long start = System.nanoTime();
            CleanedDocument doc = extractor.extract(page.html(), page.url());
            String text = doc.text();
            millis.put(page.id(), (System.nanoTime() - start) / (double) TimeUnit.MILLISECONDS.toNanos(1));
            texts.put(page.id(), text);
        }
        return new Run("newsflow", texts, millis);
    }

    private static void report(String split, List<Page> pages, List<Run> runs) {
        for (Run run : runs) {
            List<ShingleScore.Counts> counts = pages.stream()
                    .map(p -> ShingleScore.page(p.expected(), run.texts().getOrDefault(p.id(), ""))).toList();
            ShingleScore.Metrics m = ShingleScore.aggregate(counts);
            System.out.printf(Locale.ROOT, "%-12s %5d  %-15s %9.4f %7.4f %7.4f %9.1f%n", split, pages.size(),
                    run.name(), m.precision(), m.recall(), m.f1(), pagesPerSecond(pages, run));
        }
    }

    private static double pagesPerSecond(List<Page> pages, Run run) {
        double millis = pages.stream().mapToDouble(p -> run.millis().getOrDefault(p.id(), 0.0)).sum();
        return millis == 0 ? 0 : pages.size() * 1000.0 / millis;
    }

    private static void show(Page page) {
        CleanedDocument doc = new HtmlArticleExtractor().extract(page.html(), page.url());
        java.util.Set<String> expected = ShingleScore.shingles(page.expected()).keySet();
        System.out.println("== " + page.id() + " " + page.url() + "\ntitle: " + doc.title());
        for (String paragraph : doc.paragraphs()) {
            System.out.println(mark(expected, paragraph) + " KEEP " + abbreviate(paragraph));
        }
        doc.removed().forEach(r -> System.out.println(mark(expected, r.text()) + " DROP[" + r.reason() + "] "
                + abbreviate(r.text())));
    }

    private static String mark(java.util.Set<String> expected, String text) {
        var own = ShingleScore.shingles(text).keySet();
        long hits = own.stream().filter(expected::contains).count();
        return hits * 2 > own.size() ? "+" : "-";
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', '|');
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static void worst(List<Page> pages, Run run, int n) {
        System.out.println("worst development pages (precision, recall, id, url):");
        pages.stream()
                .map(p -> Map.entry(p, ShingleScore.page(p.expected(), run.texts().get(p.id()))))
                .sorted(Comparator.comparingDouble(e -> Math.min(ShingleScore.precision(e.getValue()),
                        ShingleScore.recall(e.getValue()))))
                .limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "  P=%.3f R=%.3f %s %s%n",
                        ShingleScore.precision(e.getValue()), ShingleScore.recall(e.getValue()), e.getKey().id(),
                        e.getKey().url()));
    }
}
