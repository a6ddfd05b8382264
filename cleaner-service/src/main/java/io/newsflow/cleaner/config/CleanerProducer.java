package io.newsflow.cleaner.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.HtmlMetadataExtractor;
import io.newsflow.cleaner.domain.text.ScrapedTextCleaner;

/** Builds the stage's domain facade from configuration. */
@ApplicationScoped
public class CleanerProducer {

    @Produces
    @ApplicationScoped
    ArticleCleaner articleCleaner(CleanerConfig config) {
        return new ArticleCleaner(new HtmlArticleExtractor(config.htmlMaxDepth()), new ScrapedTextCleaner()::clean,
                new HtmlMetadataExtractor()::extract, config.removedBlockMaxChars());
    }
}
