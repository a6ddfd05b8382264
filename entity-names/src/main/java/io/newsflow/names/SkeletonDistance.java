package io.newsflow.names;

/**
 * Edit distance between two name skeletons ({@link NameMatcher#fuzzyForm}) where the edits that transliteration
 * produces cost half:
 * <ul>
 * <li>an affricate written as its stop, {@code ts}/{@code t} and {@code dz}/{@code d} (Belarusian Ціханоўская
 * against Russian Тихановская);</li>
 * <li>a voiced/unvoiced sibilant, {@code z}/{@code s}, as German writes З;</li>
 * <li>{@code g}/{@code h}, Russian against Ukrainian and Belarusian Г (Gromova / Hromava);</li>
 * <li>{@code h}/{@code c}, English kh against the ch of Polish and German for Х (Khokhlov / Chochłow).</li>
 * </ul>
 * Every other insertion, deletion or substitution costs one, but replacing the first letter by one outside those
 * pairs costs two.
 */
final class SkeletonDistance {

    private static final double CHEAP = 0.5;
    /**
     * Transliterations of one name rarely differ in its first letter beyond the cheap pairs (g/h, s/z), while
     * different names often do (Minsk / Pinsk): a first letter replaced costs double.
     */
    private static final double INITIAL_WEIGHT = 2;

    private SkeletonDistance() {
    }

    static double between(String a, String b) {
        return between(a, b, INITIAL_WEIGHT);
    }

    private static double between(String a, String b, double initialWeight) {
        double[] previous = new double[b.length() + 1];
        double[] current = new double[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            previous[j] = previous[j - 1] + indel(b, j - 1);
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = previous[0] + indel(a, i - 1);
            for (int j = 1; j <= b.length(); j++) {
                double cost = substitution(a.charAt(i - 1), b.charAt(j - 1));
                double substitute = previous[j - 1] + (i == 1 && j == 1 && cost == 1 ? initialWeight : cost);
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
        return similarity(a, b, INITIAL_WEIGHT);
    }

    /**
     * Similarity of two given names' skeletons: the first letter weighs as any other, since given names do change
     * it between languages (Vladislav / Uladzislau, Grigory / Ryhor).
     */
    static double givenNameSimilarity(String a, String b) {
        return similarity(a, b, 1);
    }

    private static double similarity(String a, String b, double initialWeight) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : Math.max(0, 1.0 - between(a, b, initialWeight) / longer);
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
        return pair(x, y, 's', 'z') || pair(x, y, 'g', 'h') || pair(x, y, 'c', 'h') ? CHEAP : 1;
    }

    private static boolean pair(char x, char y, char a, char b) {
        return x == a && y == b || x == b && y == a;
    }
}
