package io.newsflow.cleaner.domain.metadata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Title, author and original publication day of an HTML page, from the evidence a page gives about itself. Dates are
 * tried in order of trust, the first plausible day (1995 to today) wins: a full date in the URL path (set once, when
 * the page was first published), JSON-LD {@code datePublished} (article types first, {@code @graph} and arrays
 * included), publication meta tags (Open Graph, Dublin Core issued/created, sailthru, parsely, citation...), microdata
 * {@code itemprop=datePublished}, {@code <time>} marked as the publication, a visible date after a publication label
 * ("Erschienen am", "Published on"), a date in a small element whose class names a date or byline, a date in the lines
 * around the headline, any {@code <time>}, then the weak signals: generic {@code date} metas (often the last change),
 * modification metas, and the first date in the text. Dates in comments, sidebars, footers, teasers, photo captions or
 * labelled as updates are skipped.
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

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** Meta names/properties that state the original publication (lower-case). */
    private static final Set<String> PUBLISHED_META = Set.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "article.published", "article_date_original", "datepublished", "dc.date.issued", "dc.date.created",
            "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_time", "published-date", "publication_date", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate", "citation_publication_date",
            "citation_date", "prism.publicationdate", "analyticsattributes.articledate", "article.created",
            "bt:pubdate", "displaydate", "og:pubdate", "datecreated", "creation_date", "dc.created", "dc.issued",
            "pub_date", "publication-date", "rnews:datepublished", "sp_pubdate");

    /** Generic "date" metas: many CMSs fill them with the last change, so they rank below visible dates. */
    private static final Set<String> GENERIC_DATE_META = Set.of("date", "dc.date", "dcterms.date", "timestamp");

    /** Meta names/properties that state a later change; used only when nothing states the publication. */
    private static final Set<String> MODIFIED_META = Set.of(
            "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
            "dcterms.modified", "lastmod", "article.updated", "revised");

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.|$)");

    /** Class/id words of elements that hold a post's date. */
    private static final Pattern DATE_CONTAINER = Pattern.compile(
            "date|datum|time|zeit|publish|posted|byline|meta|info|dateline|submitted|stand|author|autor|entry|stamp",
            Pattern.CASE_INSENSITIVE);

    /** Sections whose dates belong to other content. */
    private static final Pattern FOREIGN_SECTION = Pattern.compile(
            "comment|kommentar|related|teaser|sidebar|widget|footer|recommend|more-|reply|respond|archive|calendar"
                    + "|popular|newsletter|breadcrumb|cookie",
            Pattern.CASE_INSENSITIVE);

    /** Words of photo captions and credits, whose dates are when the picture was taken. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?<!\\p{L})(photo|foto|bild|credit|picture|getty|shutterstock|imago|dpa|reuters|afp|ap)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "scholarlyarticle", "techarticle",
            "socialmediaposting", "liveblogposting", "backgroundnewsarticle", "review", "pressrelease", "posting");

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
        List<JsonNode> jsonLd = jsonLd(doc);
        return new PageMetadata(title(doc, jsonLd), author(doc, jsonLd),
                publicationDate(doc, url, jsonLd).map(DateEvidence::date).orElse(null));
    }

    /** The publication day with the evidence it came from, for callers that want to explain it. */
    public Optional<DateEvidence> publicationDate(Document doc, String url) {
        return publicationDate(doc, url, jsonLd(doc));
    }

    private Optional<DateEvidence> publicationDate(Document doc, String url, List<JsonNode> jsonLd) {
        LocalDate today = LocalDate.now(clock);
        List<Supplier<Optional<DateEvidence>>> steps = List.of(
                () -> evidence(urlDate(url, today)
                        .or(() -> urlDate(attr(doc.selectFirst("link[rel=canonical][href]"), "href"), today))
                        .or(() -> urlDate(metaContent(doc, "og:url"), today)), DateSource.URL),
                () -> evidence(jsonLdDate(jsonLd, today), DateSource.JSON_LD),
                () -> evidence(metaDate(doc, PUBLISHED_META, today), DateSource.META),
                () -> evidence(microdataDate(doc, today), DateSource.MICRODATA),
                () -> evidence(timeElementDate(doc, today, true), DateSource.TIME_ELEMENT),
                () -> evidence(labelledDate(doc, today), DateSource.VISIBLE_LABELLED),
                () -> evidence(visibleDateElement(doc, today), DateSource.VISIBLE_DATE_ELEMENT),
                () -> evidence(nearTitleDate(doc, today), DateSource.VISIBLE_NEAR_TITLE),
                () -> evidence(timeElementDate(doc, today, false), DateSource.TIME_ELEMENT),
                () -> evidence(metaDate(doc, GENERIC_DATE_META, today), DateSource.GENERIC_META),
                () -> evidence(metaDate(doc, MODIFIED_META, today), DateSource.MODIFIED),
                () -> evidence(firstPlausible(doc.body() == null ? "" : doc.body().text(), today),
                        DateSource.BODY_TEXT));
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

    // ---- dates -------------------------------------------------------------------------------------------------

    private static Optional<LocalDate> jsonLdDate(List<JsonNode> roots, LocalDate today) {
        List<JsonNode> objects = new ArrayList<>();
        roots.forEach(r -> flatten(r, objects));
        Optional<LocalDate> best = Optional.empty();
        for (JsonNode o : objects) {
            Optional<LocalDate> d = plausible(text(o.get("datePublished")), today)
                    .or(() -> plausible(text(o.get("dateCreated")), today));
            if (d.isPresent()) {
                if (isArticle(o)) {
                    return d;
                }
                if (best.isEmpty()) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> metaDate(Document doc, Set<String> keys, LocalDate today) {
        for (Element meta : doc.select("meta[content]")) {
            String key = metaKey(meta);
            if (key != null && keys.contains(key)) {
                Optional<LocalDate> d = plausible(meta.attr("content"), today);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> microdataDate(Document doc, LocalDate today) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            Optional<LocalDate> d = plausible(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()), today);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** @param marked true: only {@code <time>} elements marked as the publication; false: the first plain one */
    private static Optional<LocalDate> timeElementDate(Document doc, LocalDate today, boolean marked) {
        for (Element e : doc.select("time[datetime], abbr.published[title], time[pubdate]")) {
            if (inForeignSection(e)) {
                continue;
            }
            String value = firstNonBlank(e.attr("datetime"), e.attr("title"), e.text());
            Optional<LocalDate> d = plausible(value, today);
            if (d.isEmpty() || isLabelledModified(e)) {
                continue;
            }
            if (!marked || e.hasAttr("pubdate") || signalsPublication(e) || signalsPublication(e.parent())) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> urlDate(String url, LocalDate today) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            int day = Integer.parseInt(m.group(3));
            if (day <= d.lengthOfMonth()) {
                return Optional.of(d.withDayOfMonth(day)).filter(x -> DateTextParser.isPlausible(x, today));
            }
        }
        return Optional.empty();
    }

    /** A visible date right after a publication label: "Erschienen am 13.10.2021", "Published on March 3, 2021". */
    private static Optional<LocalDate> labelledDate(Document doc, LocalDate today) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : doc.body().select("*")) {
            String own = e.ownText();
            if (own.isEmpty() || !DateTextParser.hasPublicationLabel(own) || inForeignSection(e)) {
                continue;
            }
            String text = e.text();
            for (int labelEnd : DateTextParser.publicationLabelEnds(text)) {
                String after = text.substring(labelEnd, Math.min(text.length(), labelEnd + 40));
                List<DateTextParser.DateMatch> dates = DateTextParser.findAll(after);
                if (!dates.isEmpty() && dates.get(0).start() < 12
                        && DateTextParser.isPlausible(dates.get(0).date(), today)) {
                    return Optional.of(dates.get(0).date());
                }
            }
        }
        return Optional.empty();
    }

    /** The first small element whose class or id names a date or byline and whose text holds a publication day. */
    private static Optional<LocalDate> visibleDateElement(Document doc, LocalDate today) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : doc.body().select("*")) {
            String marker = e.className() + " " + e.id();
            if (marker.isBlank() || !DATE_CONTAINER.matcher(marker).find() || inForeignSection(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            Optional<LocalDate> d = firstPublicationDay(text, today);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A date written in the lines right after the headline (where bylines sit) or just above it, skipping captions;
     * without a headline element, the first date right after the page title's occurrence in the text.
     */
    private static Optional<LocalDate> nearTitleDate(Document doc, LocalDate today) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        List<Element> all = doc.body().select("*");
        Element h1 = doc.body().selectFirst("h1");
        int at = h1 == null ? -1 : all.indexOf(h1);
        if (at >= 0) {
            int seen = 0;
            for (int i = at + 1; i < all.size() && seen < 1500; i++) {
                Element e = all.get(i);
                String own = e.ownText();
                seen += own.length();
                if (!own.isEmpty() && !isCaption(e) && !PHOTO_CREDIT.matcher(own).find()) {
                    Optional<LocalDate> d = firstPublicationDay(own, today);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
            for (int i = at - 1, steps = 0; i >= 0 && steps < 4; i--) {
                String own = all.get(i).ownText();
                if (!own.isEmpty()) {
                    steps++;
                    Optional<LocalDate> d = firstPublicationDay(own, today);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        String title = stripSiteSuffix(doc.title(), metaContent(doc, "og:site_name"));
        String text = doc.body().text();
        if (title != null && title.length() >= 12) {
            for (int i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
                int end = i + title.length();
                Optional<LocalDate> d = firstPublicationDay(text.substring(end, Math.min(text.length(), end + 60)),
                        today);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isCaption(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String marker = (a.normalName() + " " + a.className()).toLowerCase(Locale.ROOT);
            if (marker.contains("caption") || marker.contains("credit") || a.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    /** First plausible day in a short text that is not labelled as an update. */
    static Optional<LocalDate> firstPublicationDay(String text, LocalDate today) {
        for (DateTextParser.DateMatch m : DateTextParser.findAll(text)) {
            if (DateTextParser.isPlausible(m.date(), today) && !DateTextParser.isLabelledUpdate(text, m)) {
                return Optional.of(m.date());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstPlausible(String text, LocalDate today) {
        return DateTextParser.findAll(text).stream().map(DateTextParser.DateMatch::date)
                .filter(d -> DateTextParser.isPlausible(d, today)).findFirst();
    }

    private static Optional<LocalDate> plausible(String value, LocalDate today) {
        return DateTextParser.parse(value).filter(d -> DateTextParser.isPlausible(d, today));
    }

    private static boolean signalsPublication(Element e) {
        if (e == null) {
            return false;
        }
        String marker = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
        return marker.contains("publish") || marker.contains("entry-date") || marker.contains("created")
                || marker.contains("posted") || marker.contains("post-date");
    }

    private static boolean isLabelledModified(Element e) {
        String marker = e.className() + " " + e.id() + " " + e.attr("itemprop");
        Element parent = e.parent();
        String context = parent == null ? "" : parent.ownText();
        return marker.toLowerCase(Locale.ROOT).contains("modif") || marker.toLowerCase(Locale.ROOT).contains("update")
                || DateTextParser.hasUpdateLabel(context);
    }

    private static boolean inForeignSection(Element e) {
        // body and html classes describe the page layout ("one-sidebar"), not the element
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
                return true;
            }
            String marker = a.className() + " " + a.id();
            if (!marker.isBlank() && FOREIGN_SECTION.matcher(marker).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- title and author --------------------------------------------------------------------------------------

    private static String title(Document doc, List<JsonNode> jsonLd) {
        String siteName = metaContent(doc, "og:site_name");
        String og = metaContent(doc, "og:title");
        if (og != null) {
            return stripSiteSuffix(og, siteName);
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        for (JsonNode node : flattenAll(jsonLd)) {
            if (isArticle(node) && text(node.get("headline")) != null) {
                return text(node.get("headline")).strip();
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
        for (JsonNode node : flattenAll(jsonLd)) {
            if (isArticle(node) && node.has("author")) {
                String names = authorNames(node.get("author"));
                if (names != null) {
                    return names;
                }
            }
        }
        for (String key : List.of("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "byl")) {
            String value = metaContent(doc, key);
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
        String name = a.isTextual() ? a.asText() : text(a.get("name"));
        return name == null || name.isBlank() || name.startsWith("http") ? null : name.strip();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data().strip());
                if (node != null) {
                    roots.add(node);
                }
            } catch (java.io.IOException e) {
                // malformed JSON-LD is common; the page's other evidence still counts
            }
        }
        return roots;
    }

    private static List<JsonNode> flattenAll(List<JsonNode> roots) {
        List<JsonNode> out = new ArrayList<>();
        roots.forEach(r -> flatten(r, out));
        return out;
    }

    /** Objects of a JSON-LD tree: top-level arrays, @graph members and nested objects, in document order. */
    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isContainerNode()) {
                    flatten(f.getValue(), out);
                }
            });
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? node.asText() : null;
    }

    private static String metaKey(Element meta) {
        String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"),
                meta.attr("http-equiv"));
        return key == null ? null : key.strip().toLowerCase(Locale.ROOT);
    }

    private static String metaContent(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            if (key.equals(metaKey(meta)) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
