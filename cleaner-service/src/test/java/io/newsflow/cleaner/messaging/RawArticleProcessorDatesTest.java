package io.newsflow.cleaner.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.PageMetadata;
import io.newsflow.cleaner.domain.text.ScrapedTextCleaner;
import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;

/** The page's own days reach the published clean article; no Kafka needed for that. */
class RawArticleProcessorDatesTest {

    private static final String PAGE = """
            <html><body><article><h1>Ferry timetable changes</h1>
            <p>From Monday the first ferry of the day will leave half an hour earlier, the operator said, so that
            commuters reach the mainland before the morning shift begins.</p>
            </article></body></html>""";

    @Test
    void publishedArticleCarriesThePublicationAndModificationDays() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), new ScrapedTextCleaner()::clean,
                (doc, url) -> new PageMetadata(null, null, LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 11)), 2000);
        RawArticle raw = new RawArticle("ferry", new Source("ferry.html", "ferry.html", PAGE.length(), "0".repeat(64),
                "UTF-8", "text/html", Instant.parse("2024-03-12T10:00:00Z")), PAGE);

        CleanArticle clean = new RawArticleProcessor(cleaner, json).clean(json.writeValueAsString(raw)).value();

        assertThat(clean.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(clean.modifiedAt()).isEqualTo(LocalDate.of(2024, 3, 11));
    }
}
