package io.newsflow.enrich.testing;

import java.util.Random;

/**
 * Article text of any length with people, places, organisations and dates in every paragraph, built from a fixed
 * vocabulary so big inputs are reproducible.
 */
public final class LongArticles {

    private static final String[] SENTENCES = {
        "The council met on Tuesday to discuss the harbour budget with Maria Lindqvist.",
        "Officials in Bergen said the new ferry line would open in March 2024.",
        "Acme Shipping reported higher costs last year, according to Tom Becker.",
        "Residents asked the mayor for a second bridge over the river.",
        "The project was first proposed 12 years ago and has been delayed twice.",
        "Teachers from the Northside School joined the protest on Friday morning.",
        "A report by the Harbour Authority found the water quality had improved.",
        "Ann Lowe, who chairs the committee, expects a vote before the winter holidays."
    };

    private LongArticles() {
    }

    /** Paragraphs of five to nine sentences separated by one blank line, at least {@code chars} long. */
    public static String text(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 1000);
        while (text.length() < chars) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int sentences = 5 + random.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
        }
        return text.toString();
    }
}
