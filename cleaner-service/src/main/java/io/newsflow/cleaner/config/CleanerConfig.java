package io.newsflow.cleaner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the cleaning stage, under {@code newsflow.cleaner}. */
@ConfigMapping(prefix = "newsflow.cleaner")
public interface CleanerConfig {

    /** Longest text kept per removed block in {@code removed}; longer blocks are elided to bound record size. */
    @WithDefault("2000")
    int removedBlockMaxChars();
}
