package io.newsflow.names;

/**
 * Edit distance between two name skeletons ({@link NameMatcher#fuzzyForm}) where the edits that East Slavic
 * transliteration produces cost half: an affricate written as its stop, {@code ts}/{@code t} and {@code dz}/{@code d}
 * (Belarusian Ціханоўская against Russian Тихановская), and a voiced/unvoiced sibilant ({@code z}/{@code s}, as
 * German writes З). Every other insertion, deletion or substitution costs one.
 */
final class SkeletonDistance {

    private static final double CHEAP = 0.5;

    private SkeletonDistance() {
    }

    static double between(String a, String b) {
        double[] previous = new double[b.length() + 1];
        double[] current = new double[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            previous[j] = previous[j - 1] + indel(b, j - 1);
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = previous[0] + indel(a, i - 1);
            for (int j = 1; j <= b.length(); j++) {
                double substitute = previous[j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1));
                double delete = previous[j] + indel(a, i - 1);
                double insert = current[j - 1] + indel(b, j - 1);
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Similarity from 0 to 1: one minus the distance over the longer skeleton's length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : Math.max(0, 1.0 - between(a, b) / longer);
    }

    /** Adding or dropping the sibilant of an affricate after its stop is cheap; any other letter is not. */
    private static double indel(String word, int index) {
        char c = word.charAt(index);
        if (index > 0 && (c == 's' || c == 'z')) {
            char before = word.charAt(index - 1);
            if (before == 't' || before == 'd') {
                return CHEAP;
            }
        }
        return 1;
    }

    private static double substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        return (x == 's' && y == 'z') || (x == 'z' && y == 's') ? CHEAP : 1;
    }
}
