package io.newsflow.cleaner.domain.metadata;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** Parts of a page whose dates belong to other content: comments, related lists, sidebars, footers, copyright. */
final class Boilerplate {

    /**
     * Class/id words of sections whose dates belong to other content; mostly English, as templates are, plus the
     * comment and related-list words of the languages we see most (comentario, komentarz, empfehlungen, podobne).
     */
    private static final Pattern FOREIGN_SECTION = Pattern.compile(
            "comment|kommentar|coment|koment|leserbrief|related|relacionad|empfehl|aehnlich|ähnlich|podobne|powiazane"
                    + "|teaser|sidebar|widget|footer|recommend|more-|reply|respond|archive|calendar|popular"
                    + "|newsletter|breadcrumb|cookie|copyright|social|share",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A copyright notice right before a date: its year or day is the site's, not the article's. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)[^.!?]{0,20}$",
            Pattern.CASE_INSENSITIVE);

    /** How many levels above a date element a list item may start (date in a span, in a div, in an li). */
    private static final int LIST_ITEM_DEPTH = 4;

    private Boilerplate() {
    }

    /** Whether the element sits in a footer, aside, nav or a section whose class or id names other content. */
    static boolean isForeign(Element e) {
        // body and html classes describe the page layout ("one-sidebar"), not the element
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (isForeignSection(a)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCaption(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String marker = (a.normalName() + " " + a.className()).toLowerCase(Locale.ROOT);
            if (marker.contains("caption") || marker.contains("credit") || a.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is one item of a list of dated items ("most read", archives, related posts without a telling
     * class): it or a near ancestor has two or more siblings of the same tag and class that also hold a date.
     */
    static boolean isInDatedList(Element e) {
        Element a = e;
        for (int level = 0; level < LIST_ITEM_DEPTH && a != null && a.parent() != null; level++, a = a.parent()) {
            int datedSiblings = 0;
            for (Element sibling : a.siblingElements()) {
                if (sibling.normalName().equals(a.normalName()) && sibling.className().equals(a.className())
                        && !DateTextParser.findAll(sibling.text()).isEmpty() && ++datedSiblings >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the date found in {@code text} follows a copyright sign or word. */
    static boolean isCopyright(String text, DateTextParser.DateMatch date) {
        return COPYRIGHT.matcher(text.substring(Math.max(0, date.start() - 30), date.start())).find();
    }

    /** The body's text with foreign sections left out (the document itself is not changed). */
    static String withoutForeign(Element body) {
        Element copy = body.clone();
        copy.select("footer, aside, nav, [class], [id]").forEach(e -> {
            if (e.parent() != null && isForeignSection(e)) {
                e.remove();
            }
        });
        return copy.text();
    }

    private static boolean isForeignSection(Element e) {
        String tag = e.normalName();
        if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
            return true;
        }
        String marker = e.className() + " " + e.id();
        return !marker.isBlank() && FOREIGN_SECTION.matcher(marker).find();
    }
}
