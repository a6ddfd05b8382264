package io.newsflow.enrich.domain.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;

/**
 * A hand-labelled entity fixture under {@code src/test/resources/entities/}: {@code [name|TYPE]} marks a gold
 * entity (TYPE one of PER, ORG, LOC, MISC), the rest is the article text.
 */
public record LabelledFixture(String name, String text, Set<Span> gold) {

    private static final Pattern GOLD = Pattern.compile("\\[([^\\]|]+)\\|(PER|ORG|LOC|MISC)]");

    public record Span(int start, int end, EntityType type) {
    }

    /** Exact-match counts: a prediction is correct when its boundaries and type equal a gold entity's. */
    public record Score(int gold, int predicted, int correct) {

        public double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Score plus(Score other) {
            return new Score(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }
    }

    public static String resource(String name) {
        try (InputStream in = LabelledFixture.class.getResourceAsStream("/entities/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LabelledFixture load(String name) {
        String marked = resource(name);
        StringBuilder text = new StringBuilder();
        Set<Span> gold = new HashSet<>();
        Matcher m = GOLD.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            gold.add(new Span(start, text.length(), m.group(2).equals("PER") ? EntityType.PERSON
                    : EntityType.valueOf(m.group(2))));
            last = m.end();
        }
        return new LabelledFixture(name, text.append(marked.substring(last)).toString(), gold);
    }

    public Score score(List<EntityMention> predictions) {
        Set<Span> predicted = predictions.stream().map(e -> new Span(e.start(), e.end(), e.type()))
                .collect(Collectors.toSet());
        Set<Span> correct = new HashSet<>(predicted);
        correct.retainAll(gold);
        return new Score(gold.size(), predicted.size(), correct.size());
    }
}
