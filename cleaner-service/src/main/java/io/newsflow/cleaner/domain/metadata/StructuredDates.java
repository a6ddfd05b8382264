package io.newsflow.cleaner.domain.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/** Dates a page states in markup meant for machines: its URL, JSON-LD, meta tags and microdata. */
final class StructuredDates {

    /** Meta names/properties that state the original publication (lower-case). */
    static final Set<String> PUBLISHED_META = Set.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "article.published", "article_date_original", "datepublished", "dc.date.issued", "dc.date.created",
            "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_time", "published-date", "publication_date", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate", "citation_publication_date",
            "citation_date", "prism.publicationdate", "analyticsattributes.articledate", "article.created",
            "bt:pubdate", "displaydate", "og:pubdate", "datecreated", "creation_date", "dc.created", "dc.issued",
            "pub_date", "publication-date", "rnews:datepublished", "sp_pubdate");

    /** Generic "date" metas: many CMSs fill them with the last change, so they rank below visible dates. */
    static final Set<String> GENERIC_DATE_META = Set.of("date", "dc.date", "dcterms.date", "timestamp");

    /** Meta names/properties that state a later change. */
    static final Set<String> MODIFIED_META = Set.of(
            "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
            "dcterms.modified", "lastmod", "article.updated", "revised", "article:modified", "modified_time");

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.|$)");

    private final Document doc;
    private final List<JsonNode> jsonLd;
    private final LocalDate today;
    private final Locale language;

    StructuredDates(Document doc, List<JsonNode> jsonLd, LocalDate today, Locale language) {
        this.doc = doc;
        this.jsonLd = jsonLd;
        this.today = today;
        this.language = language;
    }

    /** A full date in the URL path (set once, when the page was first published): fetched, canonical or og:url. */
    Optional<LocalDate> url(String fetchedFrom) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return urlDate(fetchedFrom).or(() -> urlDate(canonical == null ? null : canonical.attr("href")))
                .or(() -> urlDate(MetaTags.content(doc, "og:url")));
    }

    /** JSON-LD {@code datePublished} (else {@code dateCreated}), of an article type first. */
    Optional<LocalDate> jsonLdPublished() {
        return jsonLd("datePublished", "dateCreated");
    }

    Optional<LocalDate> jsonLdModified() {
        return jsonLd("dateModified", "dateModified");
    }

    /** The first plausible day among the metas named by {@code keys}. */
    Optional<LocalDate> meta(Set<String> keys) {
        for (Element meta : doc.select("meta[content]")) {
            String key = MetaTags.key(meta);
            if (key != null && keys.contains(key)) {
                Optional<LocalDate> d = plausible(meta.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    Optional<LocalDate> microdataPublished() {
        return microdata("[itemprop=datePublished], [itemprop=dateCreated]");
    }

    Optional<LocalDate> microdataModified() {
        return microdata("[itemprop=dateModified]");
    }

    private Optional<LocalDate> jsonLd(String property, String fallback) {
        Optional<LocalDate> best = Optional.empty();
        for (JsonNode o : jsonLd) {
            Optional<LocalDate> d = plausible(JsonLd.text(o.get(property)))
                    .or(() -> plausible(JsonLd.text(o.get(fallback))));
            if (d.isPresent()) {
                if (JsonLd.isArticle(o)) {
                    return d;
                }
                if (best.isEmpty()) {
                    best = d;
                }
            }
        }
        return best;
    }

    private Optional<LocalDate> microdata(String selector) {
        for (Element e : doc.select(selector)) {
            Optional<LocalDate> d = plausible(MetaTags.firstNonBlank(e.attr("content"), e.attr("datetime"),
                    e.text()));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> urlDate(String url) {
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

    private Optional<LocalDate> plausible(String value) {
        return DateTextParser.parse(value, language).filter(d -> DateTextParser.isPlausible(d, today));
    }
}
