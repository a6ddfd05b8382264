package io.newsflow.enrich.domain;

/**
 * How much of a text the NLP steps (dates, entities, publication date) read. Their cost grows with the text (SUTime
 * about 0.1 ms and a GB of garbage per 1,000 characters of dense news prose), so a multi-megabyte drop would hold
 * its partition for many minutes; past {@code maxChars} they read a prefix cut at the last paragraph break, else
 * sentence end, else space, in the window's second half.
 */
public final class AnalysisWindow {

    /** Below this a cut could fall inside an ordinary article's lead. */
    public static final int MIN_CHARS = 1_000;

    private final int maxChars;

    public AnalysisWindow(int maxChars) {
        if (maxChars < MIN_CHARS) {
            throw new IllegalArgumentException("the NLP window must be at least " + MIN_CHARS + " chars, got "
                    + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The length of the prefix to analyse: the whole text when it fits. */
    public int end(String text) {
        if (text.length() <= maxChars) {
            return text.length();
        }
        int floor = maxChars / 2;
        int paragraph = text.lastIndexOf("\n\n", maxChars - 2);
        if (paragraph >= floor) {
            return paragraph;
        }
        int space = -1;
        for (int i = maxChars; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                if (isSentenceEnd(text.charAt(i - 1))) {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        if (space > 0) {
            return space;
        }
        // One unbroken token: cut anywhere but inside a surrogate pair.
        return Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
