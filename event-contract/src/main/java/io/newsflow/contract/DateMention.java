package io.newsflow.contract;

/**
 * A temporal expression in the article text.
 *
 * @param text  the expression as written
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param value normalized TIMEX3-style value: {@code 2023-04-01}, {@code 2020-08}, {@code 186X}, {@code P28Y},
 *              {@code XXXX-02-24} where the year cannot be known
 */
public record DateMention(String text, int start, int end, String value) {
}
