package io.newsflow.enrich.bench.duplicates;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All visible text of an HTML page, navigation, comments and footers included: what a scraper that keeps
 * everything would deliver. Deliberately crude, it stands for a copy the cleaner could not clean.
 */
final class PageText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|noscript|template|svg)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(br|p|div|li|h[1-6]|tr|section|article|header|footer|nav|ul|ol|table)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("hellip", "\u2026"));

    static String of(String html) {
        String text = TAG.matcher(BLOCK.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll("\n")).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String raw) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return raw;
        }
        return NAMED.getOrDefault(entity, raw);
    }

    private PageText() {
    }
}
