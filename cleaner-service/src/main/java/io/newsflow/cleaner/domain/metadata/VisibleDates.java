package io.newsflow.cleaner.domain.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Dates a page shows to readers: {@code <time>} elements, dates after a publication label, in byline-like elements,
 * around the headline, and the text as a last resort. Dates in comments, related lists, sidebars, footers, copyright
 * lines and photo captions belong to other content and are skipped; so are dates labelled as updates, which are read
 * separately as the modification.
 */
final class VisibleDates {

    /** Class/id words of elements that hold a post's date. */
    private static final Pattern DATE_CONTAINER = Pattern.compile(
            "date|datum|time|zeit|publish|posted|byline|meta|info|dateline|submitted|stand|author|autor|entry|stamp",
            Pattern.CASE_INSENSITIVE);

    /** Class/id words of a modification date's element. */
    private static final Pattern MODIFIED_MARKER = Pattern.compile("modif|update|aktualisiert",
            Pattern.CASE_INSENSITIVE);

    /** Words of photo captions and credits, whose dates are when the picture was taken. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?<!\\p{L})(photo|foto|bild|credit|picture|getty|shutterstock|imago|dpa|reuters|afp|ap)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Document doc;
    private final LocalDate today;
    private final Locale language;
    private Elements all; // the body's elements in document order, listed when a step first needs them

    VisibleDates(Document doc, LocalDate today, Locale language) {
        this.doc = doc;
        this.today = today;
        this.language = language;
    }

    private Elements all() {
        if (all == null) {
            all = doc.body() == null ? new Elements() : doc.body().select("*");
        }
        return all;
    }

    /** @param marked true: only {@code <time>} elements marked as the publication; false: the first plain one */
    Optional<LocalDate> timeElement(boolean marked) {
        for (Element e : doc.select("time, abbr.published[title]")) {
            if (Boilerplate.isForeign(e) || isMarkedModified(e)) {
                continue;
            }
            Optional<LocalDate> d = plausible(MetaTags.firstNonBlank(e.attr("datetime"), e.attr("title"), e.text()));
            if (d.isPresent() && (marked ? e.hasAttr("pubdate") || signalsPublication(e)
                    || signalsPublication(e.parent()) : !Boilerplate.isInDatedList(e))) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A date right after a publication label: "Erschienen am 13.10.2021", "Published on March 3, 2021". */
    Optional<LocalDate> labelled() {
        for (Element e : all()) {
            String own = e.ownText();
            if (own.isEmpty() || !DateTextParser.hasPublicationLabel(own) || Boilerplate.isForeign(e)) {
                continue;
            }
            String text = e.text();
            for (int labelEnd : DateTextParser.publicationLabelEnds(text)) {
                String after = text.substring(labelEnd, Math.min(text.length(), labelEnd + 40));
                List<DateTextParser.DateMatch> dates = DateTextParser.findAll(after, language);
                if (!dates.isEmpty() && dates.get(0).start() < 12
                        && DateTextParser.isPlausible(dates.get(0).date(), today)) {
                    return Optional.of(dates.get(0).date());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A small element whose class or id names a date or byline and whose text holds a publication day; with a
     * headline, the one nearest to it (bylines sit next to the headline; a toolbar's "today" or a teaser sits
     * further away), else the first.
     */
    Optional<LocalDate> dateElement() {
        List<Element> elements = all();
        Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        int headline = h1 == null ? -1 : elements.indexOf(h1);
        Optional<LocalDate> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            String marker = e.className() + " " + e.id();
            if (marker.isBlank() || !DATE_CONTAINER.matcher(marker).find() || MODIFIED_MARKER.matcher(marker).find()
                    || e.text().length() > 200 || Boilerplate.isForeign(e)) {
                continue;
            }
            Optional<LocalDate> d = firstPublicationDay(e.text());
            if (d.isEmpty() || Boilerplate.isInDatedList(e)) {
                continue;
            }
            if (headline < 0) {
                return d;
            }
            int distance = Math.abs(i - headline);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A date written in the lines right after the headline (where bylines sit) or just above it, skipping captions;
     * without a headline element, the first date right after the page title's occurrence in the text.
     */
    Optional<LocalDate> nearTitle(String title) {
        Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        List<Element> elements = all();
        int at = h1 == null ? -1 : elements.indexOf(h1);
        if (at >= 0) {
            int seen = 0;
            for (int i = at + 1; i < elements.size() && seen < 1500; i++) {
                Element e = elements.get(i);
                String own = e.ownText();
                seen += own.length();
                if (!own.isEmpty() && !Boilerplate.isCaption(e) && !PHOTO_CREDIT.matcher(own).find()
                        && !Boilerplate.isInDatedList(e)) {
                    Optional<LocalDate> d = firstPublicationDay(own);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
            for (int i = at - 1, steps = 0; i >= 0 && steps < 4; i--) {
                String own = elements.get(i).ownText();
                if (!own.isEmpty()) {
                    steps++;
                    Optional<LocalDate> d = firstPublicationDay(own);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        String text = doc.body() == null ? "" : doc.body().text();
        if (title != null && title.length() >= 12) {
            for (int i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
                int end = i + title.length();
                Optional<LocalDate> d = firstPublicationDay(text.substring(end, Math.min(text.length(), end + 60)));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first publication day in the page's own text, boilerplate sections left out; when only they hold a date
     * (some sites class their article "teaser") or every date is labelled as an update, the first plausible day in
     * the whole text, as a guess beats no answer.
     */
    Optional<LocalDate> bodyText() {
        if (doc.body() == null) {
            return Optional.empty();
        }
        return firstPublicationDay(Boilerplate.withoutForeign(doc.body()))
                .or(() -> DateTextParser.findAll(doc.body().text(), language).stream()
                        .map(DateTextParser.DateMatch::date)
                        .filter(d -> DateTextParser.isPlausible(d, today)).findFirst());
    }

    /** A date the page shows as its last change: a {@code <time>} marked so, or a date after "Updated"/"Stand". */
    Optional<LocalDate> modified() {
        for (Element e : doc.select("time[datetime]")) {
            if (!Boilerplate.isForeign(e) && isMarkedModified(e)) {
                Optional<LocalDate> d = plausible(e.attr("datetime"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Element e : all()) {
            String own = e.ownText();
            if (own.isEmpty() || !DateTextParser.hasUpdateLabel(own) || Boilerplate.isForeign(e)
                    || e.text().length() > 200) {
                continue;
            }
            String text = e.text();
            for (DateTextParser.DateMatch m : DateTextParser.findAll(text, language)) {
                if (DateTextParser.isPlausible(m.date(), today) && DateTextParser.isLabelledUpdate(text, m)) {
                    return Optional.of(m.date());
                }
            }
        }
        return Optional.empty();
    }

    /** First plausible day in a short text that is not labelled as an update nor part of a copyright line. */
    private Optional<LocalDate> firstPublicationDay(String text) {
        for (DateTextParser.DateMatch m : DateTextParser.findAll(text, language)) {
            if (DateTextParser.isPlausible(m.date(), today) && !DateTextParser.isLabelledUpdate(text, m)
                    && !Boilerplate.isCopyright(text, m)) {
                return Optional.of(m.date());
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> plausible(String value) {
        return DateTextParser.parse(value, language).filter(d -> DateTextParser.isPlausible(d, today));
    }

    private static boolean signalsPublication(Element e) {
        if (e == null) {
            return false;
        }
        String marker = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
        return marker.contains("publish") || marker.contains("entry-date") || marker.contains("created")
                || marker.contains("posted") || marker.contains("post-date");
    }

    private static boolean isMarkedModified(Element e) {
        String marker = e.className() + " " + e.id() + " " + e.attr("itemprop");
        Element parent = e.parent();
        return MODIFIED_MARKER.matcher(marker).find()
                || parent != null && DateTextParser.hasUpdateLabel(parent.ownText());
    }
}
