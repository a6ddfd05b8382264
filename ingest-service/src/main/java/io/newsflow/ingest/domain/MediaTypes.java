package io.newsflow.ingest.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells HTML from plain text by content, never by file name. */
public final class MediaTypes {

    public static final String HTML = "text/html";
    public static final String PLAIN = "text/plain";

    private static final int SNIFF_CHARS = 4096;
    private static final Pattern DOCUMENT_TAG = Pattern.compile("<(?:!doctype\\s+html|html|head|body)[\\s>/]");
    private static final Pattern KNOWN_TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|article|section|header|footer|nav|main|h[1-6]|ul|ol|li|table|tr|td|meta|title|"
                    + "script|style|link|img|strong|em|b|i|blockquote|figure)[\\s>/]");
    private static final int FRAGMENT_TAGS = 3;

    private MediaTypes() {
    }

    public static String detect(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        String lead = head.stripLeading();
        if (DOCUMENT_TAG.matcher(head).find() && (lead.startsWith("<") || lead.startsWith("\ufeff<"))) {
            return HTML;
        }
        // A fragment without <html>: starts with markup and is dense in known elements.
        if (lead.startsWith("<")) {
            Matcher tags = KNOWN_TAG.matcher(head);
            int count = 0;
            while (count < FRAGMENT_TAGS && tags.find()) {
                count++;
            }
            if (count >= FRAGMENT_TAGS) {
                return HTML;
            }
        }
        return PLAIN;
    }
}
