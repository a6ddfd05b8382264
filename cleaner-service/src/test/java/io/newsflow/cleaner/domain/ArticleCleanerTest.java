package io.newsflow.cleaner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.HtmlMetadataExtractor;
import io.newsflow.cleaner.domain.metadata.PageMetadata;
import io.newsflow.cleaner.domain.text.ScrapedTextCleaner;
import io.newsflow.contract.RemovedBlock;

class ArticleCleanerTest {

    private static final ScrapedTextCleaner SCRAPED_TEXT = new ScrapedTextCleaner();

    private static final String PAGE = """
            <html><head><title>Tide tables | Ledger</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Tide tables</h1>
            <p>The spring tide on Saturday will be the highest of the year, and the harbour master has asked owners of
            small boats to check their moorings before the evening.</p>
            <p>Sandbags are available at the fire station for anyone whose doorway sits below the old flood mark.</p>
            </article></body></html>""";

    @Test
    void htmlTakesMetadataFromTheReaderAndBodyFromTheExtractor() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                (doc, url) -> new PageMetadata("Tide tables", "Ada Brine", LocalDate.of(2024, 3, 9), null), 2000);

        CleanedDocument doc = cleaner.clean(PAGE, "text/html; charset=UTF-8", "https://ledger.example/tides");

        assertThat(doc.title()).isEqualTo("Tide tables");
        assertThat(doc.author()).isEqualTo("Ada Brine");
        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(doc.paragraphs()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("Home"));
    }

    @Test
    void htmlWithDatePublishedAndDateModifiedKeepsBothDays() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                new HtmlMetadataExtractor(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC))::extract,
                2000);
        String jsonLd = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Tide tables", "datePublished": "2024-03-09T08:00:00Z",
                "dateModified": "2024-03-11T17:30:00Z"}</script></head>""";

        CleanedDocument doc = cleaner.clean(PAGE.replace("</head>", jsonLd), "text/html", null);

        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(doc.modifiedAt()).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void htmlWithoutMetadataFallsBackToTheExtractorsHeadlineTitle() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                HtmlMetadataReader.NONE, 2000);

        CleanedDocument doc = cleaner.clean(PAGE, "text/html", null);

        assertThat(doc.title()).isEqualTo("Tide tables");
        assertThat(doc.author()).isNull();
        assertThat(doc.publishedAt()).isNull();
    }

    @Test
    void plainTextGoesToTheScrapedTextCleaner() {
        CleanedDocument fromTextCleaner = new CleanedDocument("T", "A", null, List.of("body"),
                List.of(new RemovedBlock("Support us", "donation-appeal")));
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(),
                text -> text.equals("raw scraped text") ? fromTextCleaner : null, HtmlMetadataReader.NONE, 2000);

        CleanedDocument doc = cleaner.clean("raw scraped text", "text/plain", null);

        assertThat(new CleanedDocument(doc.title(), doc.author(), doc.publishedAt(), doc.paragraphs(), doc.removed()))
                .isEqualTo(fromTextCleaner);
    }

    @Test
    void everyCutIsAssessedAndAnArticleIsTrusted() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                HtmlMetadataReader.NONE, 2000);

        ExtractionQuality quality = cleaner.clean(PAGE, "text/html", null).quality();

        assertThat(quality.failed()).isFalse();
        assertThat(quality.confidence()).isGreaterThan(0.2);
    }

    @Test
    void pagesWithoutMainTextAreFailedExtractionsSaidAsSuch() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                HtmlMetadataReader.NONE, 2000);
        String menuOnly = """
                <html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <footer>Copyright 2024 Ledger</footer></body></html>""";
        String scriptShell = """
                <html><head><title>Ledger</title><script>render()</script></head><body><div id="app"></div>
                <noscript>Please enable JavaScript.</noscript></body></html>""";

        for (String page : List.of(menuOnly, scriptShell)) {
            CleanedDocument doc = cleaner.clean(page, "text/html", null);
            assertThat(doc.quality().failed()).as(page).isTrue();
            assertThat(doc.quality().confidence()).isZero();
        }
        assertThat(cleaner.clean("", "text/plain", null).quality().failure()).isEqualTo("empty-main-text");
    }

    @Test
    void longRemovedBlocksAreElidedToTheConfiguredLength() {
        String longComment = "word ".repeat(200).strip();
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(),
                text -> new CleanedDocument(null, null, null, List.of("kept"),
                        List.of(new RemovedBlock(longComment, "comments"))),
                HtmlMetadataReader.NONE, 50);

        RemovedBlock removed = cleaner.clean("x", "text/plain", null).removed().get(0);

        assertThat(removed.text()).hasSize(50).endsWith("…").startsWith("word word");
        assertThat(removed.reason()).isEqualTo("comments");
    }

    @Test
    void unsupportedMediaTypeIsRefusedWithTheTypeNamed() {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), SCRAPED_TEXT::clean,
                HtmlMetadataReader.NONE, 2000);

        assertThatThrownBy(() -> cleaner.clean("%PDF-1.4", "application/pdf", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("application/pdf");
    }
}
