package io.newsflow.enrich.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.DateMention;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityMention;
import io.newsflow.enrich.domain.dates.PublicationDateRule;
import io.newsflow.enrich.domain.dates.TemporalExpressionExtractor;
import io.newsflow.enrich.domain.duplicates.DuplicateEligibility;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.entities.EntityRecognizer;
import io.newsflow.enrich.domain.language.LanguageIdentifier;

/**
 * The enrich stage as plain Java: a clean article in, the enriched article out. Safe for concurrent use when its
 * parts are; registering in the duplicate index is the only state it changes, and an article whose extraction failed
 * ({@link DuplicateEligibility}) is never registered.
 */
public final class ArticleEnricher {

    /** Same rule as the published schema: the id is also the Kafka key and a URL path segment downstream. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final TemporalExpressionExtractor dates;
    private final PublicationDateRule publication;
    private final LanguageIdentifier languages;
    private final EntityRecognizer entities;
    private final Function<String, Fingerprint> fingerprinter;
    private final DuplicateIndex duplicates;
    private final AnalysisWindow window;
    private final TruncationListener truncations;

    /** Told about every article whose NLP steps read only a prefix of its text. */
    @FunctionalInterface
    public interface TruncationListener {
        void analysedPrefix(String articleId, int analysedChars, int textChars);
    }

    public ArticleEnricher(TemporalExpressionExtractor dates, PublicationDateRule publication,
            LanguageIdentifier languages, EntityRecognizer entities, Function<String, Fingerprint> fingerprinter,
            DuplicateIndex duplicates, AnalysisWindow window, TruncationListener truncations) {
        this.dates = Objects.requireNonNull(dates);
        this.publication = Objects.requireNonNull(publication);
        this.languages = Objects.requireNonNull(languages);
        this.entities = Objects.requireNonNull(entities);
        this.fingerprinter = Objects.requireNonNull(fingerprinter);
        this.duplicates = Objects.requireNonNull(duplicates);
        this.window = Objects.requireNonNull(window);
        this.truncations = Objects.requireNonNull(truncations);
    }

    /**
     * @throws InvalidArticleException when the article lacks what every enriched record must carry (id, source, text)
     */
    public EnrichedArticle enrich(CleanArticle article) {
        validate(article);
        String text = article.text();
        // A prefix, so mention offsets hold for the whole text; fingerprints still cover all of it.
        String analysed = text.substring(0, window.end(text));
        Integer analysedUpTo = analysed.length() < text.length() ? analysed.length() : null;
        if (analysedUpTo != null) {
            truncations.analysedPrefix(article.id(), analysedUpTo, text.length());
        }
        LocalDate publishedAt = publication.publishedAt(article.publishedAt(), analysed);
        List<DateMention> mentions = dates.extract(analysed, publishedAt);
        String language = languages.identify(text);
        // the language chooses the NER models: English ones tag capitalized common words of other languages
        List<EntityMention> found = entities.recognize(analysed, language);
        Fingerprint fingerprint = fingerprinter.apply(text);
        // a failed extraction is left out of the index: it must neither copy nor be copied by unrelated pages
        DuplicateVerdict verdict = DuplicateEligibility.comparable(text, article.extractionFailure())
                ? duplicates.register(article.id(), fingerprint)
                : DuplicateVerdict.ownStory(article.id());
        return new EnrichedArticle(article.id(), article.source(), article.title(), article.author(), publishedAt,
                language, text, List.copyOf(mentions), List.copyOf(found), fingerprint.contentHash(),
                fingerprint.simhash(), List.copyOf(fingerprint.minhash()), verdict.duplicateOf(),
                verdict.nearDuplicateOf(), verdict.storyId(),
                article.removed() == null ? List.of() : List.copyOf(article.removed()), analysedUpTo,
                article.extractionConfidence(), article.extractionFailure(), article.modifiedAt());
    }

    private static void validate(CleanArticle article) {
        if (article == null) {
            throw new InvalidArticleException("no article: the record value is empty");
        }
        if (article.id() == null || !ID.matcher(article.id()).matches()) {
            throw new InvalidArticleException("article id must match " + ID.pattern() + ", got: " + article.id());
        }
        if (article.source() == null) {
            throw new InvalidArticleException("article " + article.id() + " has no source");
        }
        if (article.text() == null) {
            throw new InvalidArticleException("article " + article.id() + " has no text");
        }
    }
}
