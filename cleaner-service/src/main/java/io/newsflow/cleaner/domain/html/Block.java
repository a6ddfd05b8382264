package io.newsflow.cleaner.domain.html;

import org.jsoup.nodes.Element;

/**
 * One run of text that the page lays out as a unit: the inline content of a block-level element up to the next
 * block-level child. Extraction decides keep or drop per block.
 *
 * @param owner     nearest block-level element holding the text
 * @param text      whitespace-normalized text, line breaks kept as {@code \n}
 * @param linkChars how many of its characters sit inside links
 * @param leadLinkChars length of the link the text opens with (0 when it opens with plain text)
 */
record Block(Element owner, String text, int linkChars, int leadLinkChars) {

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return owner.nameIs("h1") || owner.nameIs("h2") || owner.nameIs("h3") || owner.nameIs("h4")
                || owner.nameIs("h5") || owner.nameIs("h6");
    }
}
