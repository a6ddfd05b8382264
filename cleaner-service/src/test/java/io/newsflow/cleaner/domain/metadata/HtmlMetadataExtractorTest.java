package io.newsflow.cleaner.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.newsflow.cleaner.domain.metadata.HtmlMetadataExtractor.DateSource;

class HtmlMetadataExtractorTest {

    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void jsonLdGraphGivesTheArticlesPublicationDayAndAuthorsNotTheWebsitesOrTheModification() {
        PageMetadata meta = extractor.extract(fixture("jsonld-graph.html"), "https://example.org/news/tram");

        assertThat(meta.publishedAt()).as("the day as written, not shifted to UTC").isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(meta.author()).isEqualTo("Ines Marques, Tom Berg");
        assertThat(meta.title()).isEqualTo("Tram line to the airport approved");
    }

    @Test
    void germanPageGetsTheLabelledPublicationDayNotTheUpdateTheSidebarOrTheGenericDateMeta() {
        Document doc = fixture("german-visible.html");

        assertThat(extractor.publicationDate(doc, "https://example.de/lokales/bruecke"))
                .hasValue(new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2021, 3, 3),
                        DateSource.VISIBLE_LABELLED));
        PageMetadata meta = extractor.extract(doc, "https://example.de/lokales/bruecke");
        assertThat(meta.author()).isEqualTo("Lena Vogt");
        assertThat(meta.title()).isEqualTo("Neue Brücke über die Aller freigegeben");
    }

    @Test
    void timeElementMarkedPublishedWinsOverUpdatedAndCommentTimes() {
        PageMetadata meta = extractor.extract(fixture("time-element.html"), "https://example.net/choir");

        assertThat(meta.publishedAt()).isEqualTo(LocalDate.of(2019, 8, 14));
        assertThat(meta.author()).isEqualTo("Kim Alder");
    }

    @Test
    void publishedMetaIsPreferredOverModifiedMetaWhateverTheirOrder() {
        Document doc = Jsoup.parse("""
                <html><head>
                <meta property="article:modified_time" content="2022-05-20T10:00:00Z">
                <meta property="og:updated_time" content="2022-05-21T10:00:00Z">
                <meta property="article:published_time" content="2022-05-02T07:30:00+02:00">
                </head><body><p>Text</p></body></html>""");

        assertThat(extractor.extract(doc, "https://example.com/a").publishedAt()).isEqualTo(LocalDate.of(2022, 5, 2));
    }

    @Test
    void modifiedDateIsUsedOnlyWhenNothingStatesThePublication() {
        Document doc = Jsoup.parse("""
                <html><head><meta property="article:modified_time" content="2022-05-20T10:00:00Z"></head>
                <body><p>No date in this text.</p></body></html>""");

        assertThat(extractor.publicationDate(doc, "https://example.com/a"))
                .hasValue(new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2022, 5, 20), DateSource.MODIFIED));
    }

    @Test
    void modificationIsExposedApartFromThePublicationInEveryKindOfMarkup() {
        Document jsonLd = Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle",
                "dateModified":"2024-03-09T08:00:00+01:00","datePublished":"2024-03-03T10:00:00+01:00"}</script>
                </head><body><p>Text</p></body></html>""");
        Document microdata = Jsoup.parse("""
                <html><body><article><meta itemprop="dateModified" content="2024-03-09">
                <meta itemprop="datePublished" content="2024-03-03"><p>Text</p></article></body></html>""");
        Document polishLabels = Jsoup.parse("""
                <html lang="pl"><body><h1>Nowy most otwarty</h1>
                <p class="meta">zaktualizowano 9 marca 2024</p><p class="meta">3 marca 2024</p>
                <p>Tekst artykułu.</p></body></html>""");

        for (Document doc : new Document[] {jsonLd, microdata, polishLabels}) {
            PageMetadata meta = extractor.extract(doc, "https://example.com/a");
            assertThat(meta.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 3));
            assertThat(meta.modifiedAt()).isEqualTo(LocalDate.of(2024, 3, 9));
        }
    }

    @Test
    void germanUpdateLabelBeforeThePublicationIsNotTakenForIt() {
        Document doc = Jsoup.parse("""
                <html lang="de"><body><h1>Neue Brücke freigegeben</h1>
                <div class="artikel-kopf">Aktualisiert am 09.03.2024, 12:00 Uhr</div>
                <div class="artikel-kopf">Veröffentlicht am 03.03.2024</div><p>Text.</p></body></html>""");

        PageMetadata meta = extractor.extract(doc, "https://example.de/a");
        assertThat(meta.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(meta.modifiedAt()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void numericDatesAreReadInThePagesDeclaredLocale() {
        String page = "<html lang=\"%s\"><body><h1>Council approves budget</h1><p>03/04/2024</p></body></html>";

        assertThat(extractor.extract(Jsoup.parse(page.formatted("en-US")), null).publishedAt())
                .isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(extractor.extract(Jsoup.parse(page.formatted("en-GB")), null).publishedAt())
                .isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(extractor.extract(Jsoup.parse(page.formatted("es")), null).publishedAt())
                .isEqualTo(LocalDate.of(2024, 4, 3));
    }

    @Test
    void datesInCommentsRelatedListsAndCopyrightLinesAreNotThePublication() {
        Document doc = Jsoup.parse("""
                <html lang="es"><body>
                <div class="comments"><p>Juan, 5 de marzo de 2024</p></div>
                <ul class="related-posts"><li>Otra noticia, 1 de marzo de 2024</li></ul>
                <p class="legal">© 02/01/2019 Diario Ejemplo</p>
                <p>El ayuntamiento aprobó el presupuesto el 3 de marzo de 2024.</p>
                </body></html>""");

        assertThat(extractor.publicationDate(doc, null)).hasValue(
                new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2024, 3, 3), DateSource.BODY_TEXT));
    }

    @Test
    void aListOfDatedItemsNextToTheHeadlineIsNotTheArticlesDate() {
        Document doc = Jsoup.parse("""
                <html lang="de"><body><h1>Favoritin scheidet in Runde eins aus</h1>
                <section><h2>Meistgelesen</h2>
                <div class="article"><span class="timestamp">01.02.2022</span><a href="/a">Erste Meldung</a></div>
                <div class="article"><span class="timestamp">31.01.2022</span><a href="/b">Zweite Meldung</a></div>
                <div class="article"><span class="timestamp">30.01.2022</span><a href="/c">Dritte Meldung</a></div>
                </section>
                <p>Die Titelverteidigerin verlor überraschend.</p>
                <div class="artikel-datum">4. Februar 2022</div></body></html>""");

        assertThat(extractor.extract(doc, null).publishedAt()).isEqualTo(LocalDate.of(2022, 2, 4));
    }

    @Test
    void timeElementWithoutADatetimeAttributeIsReadFromItsText() {
        Document doc = Jsoup.parse("""
                <html lang="it"><body><p>Menu</p><time class="published">3 marzo 2024</time>
                <p>Testo dell'articolo.</p></body></html>""");

        assertThat(extractor.publicationDate(doc, null)).hasValue(
                new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2024, 3, 3), DateSource.TIME_ELEMENT));
    }

    @Test
    void commentSectionsNamedInPolishOrSpanishAreSkipped() {
        for (String section : new String[] {"komentarze", "comentarios"}) {
            Document doc = Jsoup.parse("""
                    <html><body><h1>Headline of the article</h1>
                    <div id="%s"><span class="date">12.03.2024</span> Anna: Świetny tekst</div>
                    <p>Body text.</p><div class="post-date">03.03.2024</div></body></html>""".formatted(section));

            assertThat(extractor.extract(doc, null).publishedAt()).as(section).isEqualTo(LocalDate.of(2024, 3, 3));
        }
    }

    @Test
    void urlDateIsUsedAndBeatsALaterTimestampInTheMetadata() {
        Document doc = Jsoup.parse("""
                <html><head><meta property="article:published_time" content="2020-01-16T03:10:00+00:00"></head>
                <body><h1>Night session ends</h1></body></html>""");

        assertThat(extractor.extract(doc, "https://example.com/2020/01/15/night-session-ends/").publishedAt())
                .isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(extractor.extract(Jsoup.parse("<p>x</p>"), "https://example.com/news/2019-11-30-harvest")
                .publishedAt()).isEqualTo(LocalDate.of(2019, 11, 30));
    }

    @Test
    void withoutAUrlTheCanonicalLinkServesForTheUrlDate() {
        Document doc = Jsoup.parse("<html><head><link rel=\"canonical\" href=\"https://example.com/2018/04/09/"
                + "spring-fair/\"></head><body><p>No date here.</p></body></html>");

        assertThat(extractor.publicationDate(doc, null))
                .hasValue(new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2018, 4, 9), DateSource.URL));
    }

    @Test
    void implausibleDatesAreRejected() {
        Document doc = Jsoup.parse("""
                <html><head>
                <meta property="article:published_time" content="2031-01-01">
                <meta name="pubdate" content="1990-05-05">
                </head><body><time datetime="2018-06-07">7 June 2018</time></body></html>""");

        assertThat(extractor.extract(doc, "https://example.com/x").publishedAt()).isEqualTo(LocalDate.of(2018, 6, 7));
    }

    @Test
    void visibleBylineDateRightAfterTheHeadlineIsFoundAndPhotoCaptionDatesAreSkipped() {
        Document doc = Jsoup.parse("""
                <html><body><h1>Dockworkers end strike</h1>
                <div><img src="a.jpg">Pickets at the gate, Rotterdam, May 2, 2023. Photo: J. Smit/Reuters</div>
                <p>May 4, 2023</p>
                <p>Dockworkers voted on Thursday to accept the new pay offer.</p></body></html>""");

        assertThat(extractor.publicationDate(doc, "https://example.com/strike")).hasValue(
                new HtmlMetadataExtractor.DateEvidence(LocalDate.of(2023, 5, 4), DateSource.VISIBLE_NEAR_TITLE));
    }

    @Test
    void titleFallsBackToTheDocumentTitleWithoutTheSiteSuffix() {
        Document doc = Jsoup.parse("<html><head><title>Harvest festival draws record crowds | Valley News</title>"
                + "</head><body><p>Text</p></body></html>");

        assertThat(extractor.extract(doc, "https://example.com/x").title())
                .isEqualTo("Harvest festival draws record crowds");
    }

    @Test
    void ogTitleIsPreferredAndLosesTheSiteNameSuffix() {
        Document doc = Jsoup.parse("""
                <html><head><meta property="og:site_name" content="Valley News">
                <meta property="og:title" content="Harvest festival draws record crowds - Valley News">
                </head><body><h1>Harvest</h1></body></html>""");

        assertThat(extractor.extract(doc, "https://example.com/x").title())
                .isEqualTo("Harvest festival draws record crowds");
    }

    @Test
    void authorFromAVisibleBylineWhenNoMarkupNamesOne() {
        Document doc = Jsoup.parse("<html><body><h1>Headline here</h1><div class=\"byline\">By Ruth Okonjo and"
                + " Paul Weber | March 3, 2021</div></body></html>");

        assertThat(extractor.extract(doc, "https://example.com/x").author()).isEqualTo("Ruth Okonjo and Paul Weber");
    }

    @Test
    void pageWithoutAnyDateGivesNone() {
        Document doc = Jsoup.parse(
                "<html><head><title>About us</title></head><body><p>We sell bikes.</p></body></html>");

        assertThat(extractor.extract(doc, "https://example.com/about").publishedAt()).isNull();
    }

    private Document fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/metadata/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.org/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
