package io.newsflow.cleaner.config;

import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the cleaning stage, under {@code newsflow.cleaner}. */
@ConfigMapping(prefix = "newsflow.cleaner")
public interface CleanerConfig {

    /** Longest text kept per removed block in {@code removed}; longer blocks are elided to bound record size. */
    @WithDefault("2000")
    int removedBlockMaxChars();

    /**
     * HTML element nesting below {@code body} that main-content scoring sees. Deeper block elements still become
     * paragraphs of their own, scored as part of their ancestor at this depth: a page nested 20,000 levels deep is
     * then cleaned in linear time instead of overflowing the stack. Article pages nest under 50.
     */
    @WithDefault("" + HtmlArticleExtractor.DEFAULT_MAX_DEPTH)
    int htmlMaxDepth();
}
