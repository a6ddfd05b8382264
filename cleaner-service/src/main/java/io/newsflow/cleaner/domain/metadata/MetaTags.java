package io.newsflow.cleaner.domain.metadata;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading {@code <meta>} tags by whichever attribute names them (property, name, itemprop, http-equiv). */
final class MetaTags {

    private MetaTags() {
    }

    /** The tag's name in lower case, or null. */
    static String key(Element meta) {
        String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"),
                meta.attr("http-equiv"));
        return key == null ? null : key.strip().toLowerCase(Locale.ROOT);
    }

    /** The content of the first non-empty tag with this (lower-case) name, or null. */
    static String content(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            if (key.equals(key(meta)) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
