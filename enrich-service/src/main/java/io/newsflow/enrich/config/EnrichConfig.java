package io.newsflow.enrich.config;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the enrich stage, prefix {@code newsflow.enrich}. */
@ConfigMapping(prefix = "newsflow.enrich")
public interface EnrichConfig {

    /**
     * Articles enriched at once: the consumers of articles.clean this service runs, each with its own partitions
     * read in order (the channel's {@code concurrency}). Default: the available processors, at most the 3
     * partitions of articles.clean ({@link ConcurrencyDefault}).
     */
    int concurrency();

    Language language();

    Publication publication();

    Nlp nlp();

    Entities entities();

    /** Named-entity models; see {@code LanguageRoutedEntityRecognizer}. */
    interface Entities {

        /**
         * Languages (ISO 639-1) tagged by CoreNLP's model of their own, loaded on the first article in that language
         * (German about 10 s and 400 MB of heap; see docs/benchmarks.md). A language left out gets no CRF entities.
         * Known: de, es, fr.
         */
        @WithDefault("de,es,fr")
        Set<String> nativeLanguages();
    }

    /** Bounds of the NLP steps; see {@code AnalysisWindow}. */
    interface Nlp {

        /**
         * Longest text the date and entity steps read (at least 1000). A longer one is read up to the last paragraph
         * break, sentence end or space before this many characters; its mentions come from that part only, while
         * language, hashes and duplicate signatures still use the whole text. 100,000 characters (a long feature is
         * 30,000-60,000) take 6-9 s on dense news prose; all of a 5 MB text would take about 5 minutes and tens of
         * GB of heap.
         */
        @WithDefault("100000")
        int maxChars();
    }

    /** Language identification; see {@code LanguageIdentifier}. */
    interface Language {

        /** Texts with fewer letters get no language. */
        @WithDefault("20")
        int minLetters();

        /** Only the start of a text is read. */
        @WithDefault("3000")
        int maxChars();

        /** Relative-confidence gap between the best and the runner-up language below which the answer is null. */
        @WithDefault("0.1")
        double minMargin();
    }

    /** Publication date found in the text when the cleaner found none; see {@code PublicationDateRule}. */
    interface Publication {

        /** Opening paragraphs searched for a byline or dateline date. */
        @WithDefault("3")
        int leadParagraphs();

        /** Longest paragraph still read as a byline or date line. */
        @WithDefault("160")
        int bylineMaxChars();

        /** How far into a paragraph a dateline's date ("OSLO, March 3, 2023 — ...") may start. */
        @WithDefault("40")
        int datelineMaxOffset();
    }
}
