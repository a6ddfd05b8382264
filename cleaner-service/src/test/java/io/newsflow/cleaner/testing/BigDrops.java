package io.newsflow.cleaner.testing;

import java.util.Random;

/** Generates large or pathological but legitimate drops, deterministically, for the size probe and bound tests. */
public final class BigDrops {

    private static final String[] WORDS = { "council", "river", "budget", "harbour", "school", "station", "vote",
            "the", "a", "of", "and", "to", "in", "new", "plan", "road", "said", "year", "city", "report", "water",
            "market", "bridge", "mayor", "teachers", "families", "winter", "project", "members", "week" };

    private BigDrops() {
    }

    /** Prose paragraphs of about 600 characters, separated by blank lines, until {@code chars} is reached. */
    public static String prose(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 700);
        while (text.length() < chars) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            paragraph(text, random);
        }
        return text.toString();
    }

    /** The same prose as an HTML page: one {@code <p>} per paragraph inside an article. */
    public static String proseHtml(int chars, long seed) {
        StringBuilder html = new StringBuilder(chars + chars / 10);
        html.append("<html><head><title>Harbour budget vote</title></head><body><article><h1>Harbour budget vote</h1>");
        for (String paragraph : prose(chars, seed).split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }

    /** A page whose article paragraphs sit inside {@code depth} nested divs. */
    public static String nestedDivs(int depth, long seed) {
        StringBuilder html = new StringBuilder(depth * 12 + 4000);
        html.append("<html><head><title>Deep page</title></head><body>");
        html.append("<div>".repeat(depth));
        for (String paragraph : prose(3000, seed).split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</div>".repeat(depth));
        return html.append("</body></html>").toString();
    }

    /** A page where each of {@code depth} nested divs opens with a paragraph of its own. */
    public static String paragraphPerLevel(int depth, long seed) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder(depth * 120);
        html.append("<html><head><title>Deep page</title></head><body>");
        for (int i = 0; i < depth; i++) {
            html.append("<div><p>");
            for (int w = 0; w < 12; w++) {
                html.append(w == 0 ? "" : " ").append(word(random));
            }
            html.append(".</p>");
        }
        html.append("</div>".repeat(depth));
        return html.append("</body></html>").toString();
    }

    /** {@code lines} short lines of two or three words, one per line, no blank lines. */
    public static String shortLines(int lines, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(lines * 20);
        for (int i = 0; i < lines; i++) {
            text.append(word(random)).append(' ').append(word(random));
            if (random.nextBoolean()) {
                text.append(' ').append(word(random));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Prose of {@code chars} characters on a single line. */
    public static String oneLine(int chars, long seed) {
        return prose(chars, seed).replace("\n\n", " ");
    }

    private static void paragraph(StringBuilder text, Random random) {
        int start = text.length();
        boolean sentenceStart = true;
        while (text.length() - start < 600) {
            String word = word(random);
            text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentenceStart = random.nextInt(12) == 0;
            text.append(sentenceStart ? ". " : " ");
        }
        text.setLength(text.length() - 1);
        if (!sentenceStart) {
            text.append('.');
        }
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
