package io.newsflow.enrich.testing;

import io.newsflow.enrich.domain.AnalysisWindow;
import io.newsflow.enrich.domain.ArticleEnricher;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.language.LanguageIdentifier;

/** Models loaded once per test JVM: every unit test class shares them instead of paying seconds each. */
public final class SharedModels {

    /** The service's default NLP window ({@code newsflow.enrich.nlp.max-chars}). */
    public static final AnalysisWindow DEFAULT_WINDOW = new AnalysisWindow(100_000);

    /** For tests that do not look at truncation. */
    public static final ArticleEnricher.TruncationListener UNHEARD = (id, analysedChars, textChars) -> {
    };

    private static TemporalExpressionExtractor dates;
    private static LanguageIdentifier languages;

    private SharedModels() {
    }

    public static synchronized TemporalExpressionExtractor dates() {
        if (dates == null) {
            dates = new TemporalExpressionExtractor();
        }
        return dates;
    }

    public static synchronized LanguageIdentifier languages() {
        if (languages == null) {
            languages = new LanguageIdentifier(20, 3000, 0.1);
        }
        return languages;
    }

    /** The rule with the service's default settings. */
    public static PublicationDateRule publicationRule() {
        return new PublicationDateRule(dates(), 3, 160, 40);
    }
}
