package io.newsflow.cleaner.domain.metadata;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The language (and region, when stated) a page declares for itself: {@code <html lang>}, the content-language and
 * language metas, {@code og:locale}, JSON-LD {@code inLanguage}. It decides which month a word names and whether
 * 03/04/2024 is March or April; null when the page declares nothing usable.
 */
final class PageLanguage {

    private static final List<String> META_KEYS = List.of("content-language", "language", "dc.language",
            "og:locale");

    private PageLanguage() {
    }

    static Locale of(Document doc, List<JsonNode> jsonLd) {
        Element html = doc.selectFirst("html[lang]");
        Locale declared = html == null ? null : parse(html.attr("lang"));
        for (int i = 0; declared == null && i < META_KEYS.size(); i++) {
            declared = parse(MetaTags.content(doc, META_KEYS.get(i)));
        }
        for (int i = 0; declared == null && i < jsonLd.size(); i++) {
            declared = parse(JsonLd.text(jsonLd.get(i).get("inLanguage")));
        }
        return declared;
    }

    /** "de-AT", "de_AT", "en-us", "pl, en" (the first) as a locale; null for blanks and nonsense. */
    static Locale parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String first = value.strip().split("[,;\\s]+")[0].replace('_', '-');
        try {
            Locale locale = new Locale.Builder().setLanguageTag(first).build();
            return locale.getLanguage().isEmpty() ? null : locale;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
