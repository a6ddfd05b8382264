package io.newsflow.cleaner.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.cleaner.domain.html.WordTokens;

/**
 * The article-extraction benchmark's scoring rule: 4-token shingles of {@code \w+} tokens, per-page TP/FP/FN
 * normalized to sum 1, precision averaged over pages that predicted something, recall over pages that expect something,
 * F1 of the two averages.
 */
final class ShingleScore {

    /** Normalized counts of one page. */
    record Counts(double tp, double fp, double fn) {
    }

    record Metrics(double precision, double recall, double f1) {
    }

    private ShingleScore() {
    }

    static Counts page(String expected, String predicted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> guess = shingles(predicted);
        Set<String> keys = new HashSet<>(truth.keySet());
        keys.addAll(guess.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int t = truth.getOrDefault(key, 0);
            int g = guess.getOrDefault(key, 0);
            tp += Math.min(t, g);
            fp += Math.max(0, g - t);
            fn += Math.max(0, t - g);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    static Metrics aggregate(List<Counts> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                precisionSum += precision(c);
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recallSum += recall(c);
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(precision, recall, f1);
    }

    static double precision(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        return c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
    }

    static double recall(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        return c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
    }

    /** Shingles with counts; fewer than four tokens make one shorter shingle, no tokens make none. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = WordTokens.of(text);
        Map<String, Integer> counts = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                counts.merge(String.join("\u0001", shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
