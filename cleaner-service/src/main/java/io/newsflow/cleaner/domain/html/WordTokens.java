package io.newsflow.cleaner.domain.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens as Python's Unicode {@code \w+} finds them: letters, numbers of every numeric category and underscore.
 * Java's {@code \w} differs (it also takes combining marks and connector punctuation), so it is spelled out here.
 */
public final class WordTokens {

    private WordTokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** How many tokens {@link #of} would find, without building them: pages can be megabytes long. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean wordChar = isWordChar(cp);
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return count;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
