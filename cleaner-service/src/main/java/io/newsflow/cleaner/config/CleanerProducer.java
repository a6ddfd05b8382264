package io.newsflow.cleaner.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.HtmlMetadataReader;
import io.newsflow.cleaner.domain.ParagraphSplitter;
import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;

/** Builds the stage's domain facade from configuration. */
@ApplicationScoped
public class CleanerProducer {

    @Produces
    @ApplicationScoped
    ArticleCleaner articleCleaner(CleanerConfig config) {
        return new ArticleCleaner(new HtmlArticleExtractor(), ParagraphSplitter::split, HtmlMetadataReader.NONE,
                config.removedBlockMaxChars());
    }
}
