package io.newsflow.cleaner.domain.metadata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Title, author, original publication day and last modification day of an HTML page, from the evidence a page gives
 * about itself. Publication dates are tried in order of trust, the first plausible day (1995 to today) wins: a full
 * date in the URL path (set once, when the page was first published), JSON-LD {@code datePublished} (article types
 * first, {@code @graph} and arrays included), publication meta tags (Open Graph, Dublin Core issued/created, sailthru,
 * parsely, citation...), microdata {@code itemprop=datePublished}, {@code <time>} marked as the publication, a visible
 * date after a publication label ("Erschienen am", "Published on"), a date in a small element whose class names a
 * date or byline, a date in the lines around the headline, any {@code <time>}, then the weak signals: generic
 * {@code date} metas (often the last change), the modification day, and the first date in the text outside
 * boilerplate. The modification ({@code dateModified}, {@code article:modified_time}, "Updated", "Aktualisiert",
 * "zaktualizowano") is read separately and stands in for the publication only when the page states none. Month names
 * and numeric day/month order follow the page's declared language ({@link PageLanguage}).
 */
public final class HtmlMetadataExtractor {

    /** Where a publication day came from; the order is the order of trust. */
    public enum DateSource {
        URL, JSON_LD, META, MICRODATA, TIME_ELEMENT, VISIBLE_LABELLED, VISIBLE_DATE_ELEMENT, VISIBLE_NEAR_TITLE,
        GENERIC_META, MODIFIED, BODY_TEXT
    }

    /** A publication day and the evidence it came from. */
    public record DateEvidence(LocalDate date, DateSource source) {
    }

    private final Clock clock;

    public HtmlMetadataExtractor() {
        this(Clock.systemUTC());
    }

    /** @param clock decides "today" for rejecting future dates */
    public HtmlMetadataExtractor(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param doc the parsed page
     * @param url where the page was fetched from, or null (a dropped file): the page's canonical or og:url then
     *            serves for URL dates
     */
    public PageMetadata extract(Document doc, String url) {
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        Dates dates = new Dates(doc, jsonLd, LocalDate.now(clock));
        Optional<LocalDate> modified = dates.modified();
        return new PageMetadata(title(doc, jsonLd), author(doc, jsonLd),
                dates.published(url, () -> modified).map(DateEvidence::date).orElse(null), modified.orElse(null));
    }

    /** The publication day with the evidence it came from, for callers that want to explain it. */
    public Optional<DateEvidence> publicationDate(Document doc, String url) {
        Dates dates = new Dates(doc, JsonLd.objects(doc), LocalDate.now(clock));
        return dates.published(url, dates::modified);
    }

    /** The page's readers of structured and visible dates, set to its language. */
    private static final class Dates {

        private final Document doc;
        private final StructuredDates structured;
        private final VisibleDates visible;

        Dates(Document doc, List<JsonNode> jsonLd, LocalDate today) {
            Locale language = PageLanguage.of(doc, jsonLd);
            this.doc = doc;
            this.structured = new StructuredDates(doc, jsonLd, today, language);
            this.visible = new VisibleDates(doc, today, language);
        }

        /** The last change the page states, most trusted evidence first. */
        Optional<LocalDate> modified() {
            return structured.jsonLdModified().or(() -> structured.meta(StructuredDates.MODIFIED_META))
                    .or(structured::microdataModified).or(visible::modified);
        }

        /** @param modified read only when no publication evidence is found before it */
        Optional<DateEvidence> published(String url, Supplier<Optional<LocalDate>> modified) {
            String title = stripSiteSuffix(doc.title(), MetaTags.content(doc, "og:site_name"));
            List<Supplier<Optional<DateEvidence>>> steps = List.of(
                    () -> evidence(structured.url(url), DateSource.URL),
                    () -> evidence(structured.jsonLdPublished(), DateSource.JSON_LD),
                    () -> evidence(structured.meta(StructuredDates.PUBLISHED_META), DateSource.META),
                    () -> evidence(structured.microdataPublished(), DateSource.MICRODATA),
                    () -> evidence(visible.timeElement(true), DateSource.TIME_ELEMENT),
                    () -> evidence(visible.labelled(), DateSource.VISIBLE_LABELLED),
                    () -> evidence(visible.dateElement(), DateSource.VISIBLE_DATE_ELEMENT),
                    () -> evidence(visible.nearTitle(title), DateSource.VISIBLE_NEAR_TITLE),
                    () -> evidence(visible.timeElement(false), DateSource.TIME_ELEMENT),
                    () -> evidence(structured.meta(StructuredDates.GENERIC_DATE_META), DateSource.GENERIC_META),
                    () -> evidence(modified.get(), DateSource.MODIFIED),
                    () -> evidence(visible.bodyText(), DateSource.BODY_TEXT));
            for (Supplier<Optional<DateEvidence>> step : steps) {
                Optional<DateEvidence> found = step.get();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private static Optional<DateEvidence> evidence(Optional<LocalDate> date, DateSource source) {
            return date.map(d -> new DateEvidence(d, source));
        }
    }

    // ---- title and author --------------------------------------------------------------------------------------

    private static String title(Document doc, List<JsonNode> jsonLd) {
        String siteName = MetaTags.content(doc, "og:site_name");
        String og = MetaTags.content(doc, "og:title");
        if (og != null) {
            return stripSiteSuffix(og, siteName);
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        for (JsonNode node : jsonLd) {
            if (JsonLd.isArticle(node) && JsonLd.text(node.get("headline")) != null) {
                return JsonLd.text(node.get("headline")).strip();
            }
        }
        String title = doc.title();
        return title.isBlank() ? null : stripSiteSuffix(title, siteName);
    }

    /** "Headline | Site" or "Headline - Site": drop the shorter trailing part that names the site. */
    static String stripSiteSuffix(String title, String siteName) {
        String t = title.strip();
        if (siteName != null && !siteName.isBlank()) {
            for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ")) {
                if (t.endsWith(sep + siteName.strip())) {
                    return t.substring(0, t.length() - sep.length() - siteName.strip().length()).strip();
                }
            }
        }
        for (String sep : List.of(" | ", " – ", " — ", " :: ", " · ", " • ", " - ")) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String head = t.substring(0, i).strip();
                String tail = t.substring(i + sep.length()).strip();
                if (tail.length() < head.length() && tail.split("\\s+").length <= 4) {
                    return head;
                }
            }
        }
        return t.isEmpty() ? null : t;
    }

    private static String author(Document doc, List<JsonNode> jsonLd) {
        for (JsonNode node : jsonLd) {
            if (JsonLd.isArticle(node) && node.has("author")) {
                String names = authorNames(node.get("author"));
                if (names != null) {
                    return names;
                }
            }
        }
        for (String key : List.of("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "byl")) {
            String value = MetaTags.content(doc, key);
            if (value != null && !value.startsWith("http")) {
                return value.replaceFirst("(?i)^by\\s+", "").strip();
            }
        }
        Element rel = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        if (rel != null && !rel.text().isBlank() && rel.text().length() < 80) {
            return rel.text().replaceFirst("(?i)^by\\s+", "").strip();
        }
        for (Element e : doc.select("[class*=byline], [class*=author], [class*=autor]")) {
            Optional<String> byline = e.text().length() < 150 ? Bylines.author(e.text()) : Optional.empty();
            if (byline.isPresent()) {
                return byline.get();
            }
        }
        return null;
    }

    private static String authorNames(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        if (author.isArray()) {
            author.forEach(a -> {
                String n = authorName(a);
                if (n != null) {
                    names.add(n);
                }
            });
        } else {
            String n = authorName(author);
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String authorName(JsonNode a) {
        String name = a.isTextual() ? a.asText() : JsonLd.text(a.get("name"));
        return name == null || name.isBlank() || name.startsWith("http") ? null : name.strip();
    }
}
