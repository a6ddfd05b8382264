package io.newsflow.query.domain;

/** Short single-line previews of article text for result lists. */
public final class Snippets {

    private Snippets() {
    }

    /**
     * {@code text} on one line, whitespace collapsed, cut at a word boundary to at most {@code maxChars} characters
     * with an ellipsis when something was left out; null stays null.
     */
    public static String preview(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= maxChars) {
            return line;
        }
        int cut = line.lastIndexOf(' ', maxChars - 1);
        // A single overlong word is cut where it must be rather than dropped.
        String head = cut > maxChars / 2 ? line.substring(0, cut) : line.substring(0, maxChars - 1);
        return head.stripTrailing() + "…";
    }
}
