package io.newsflow.cleaner.domain;

import java.util.List;

import io.newsflow.cleaner.domain.html.WordTokens;
import io.newsflow.contract.RemovedBlock;

/**
 * How far the cleaner trusts one cut, as published in {@code extractionConfidence} and {@code extractionFailure}.
 *
 * <p>The confidence is a plain heuristic, not a calibrated probability and not a model: it grows with the main
 * text's length (full from {@value #FULL_LENGTH_WORDS} words) and, to a lesser degree, with the share of the page's
 * words that the cut kept (full from {@value #FULL_SHARE_KEPT}). A short text or a small fragment of a long page is
 * more often a teaser or a partial cut than the article. The page's words are the kept and the removed blocks' words:
 * both extractors account for every visible block in one or the other. On the extraction benchmark's 181 article
 * pages no cut fails and the three worst cuts (F1 below 0.8) all score below 1 (figures in the README).
 *
 * @param confidence 0..1, two decimals; 0 when the extraction failed
 * @param failure    {@link #EMPTY_MAIN_TEXT} or {@link #TOO_SHORT}, or null when the extraction did not fail
 */
public record ExtractionQuality(double confidence, String failure) {

    public static final String EMPTY_MAIN_TEXT = "empty-main-text";
    public static final String TOO_SHORT = "too-short";

    /**
     * Fewer main-text words than this is a failed extraction. An article has at least one sentence and a news
     * sentence runs about 20 words; what is left of a page below 10 words is a headline, a caption or a "subscribe
     * to read" or "enable JavaScript" prompt. Such texts also give the duplicate signatures (word 3-shingles) almost
     * nothing to tell pages apart by: identical prompts on unrelated pages would count as copies of one story.
     */
    public static final int MIN_MAIN_TEXT_WORDS = 10;

    /** Main-text length from which length no longer lowers the confidence: a short news item of a few paragraphs. */
    public static final int FULL_LENGTH_WORDS = 150;

    /**
     * Share of the page's words kept from which the share no longer lowers the confidence. Chosen, not fitted: on an
     * article page the article is a sizeable part of the words; a cut keeping far less than a quarter more likely
     * took one small part of the page (a teaser, a comment) than the article.
     */
    public static final double FULL_SHARE_KEPT = 0.25;

    public ExtractionQuality {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    /**
     * @param paragraphs the kept main text
     * @param removed    every block cut from the page, texts not yet elided
     */
    public static ExtractionQuality of(List<String> paragraphs, List<RemovedBlock> removed) {
        int mainWords = paragraphs.stream().mapToInt(WordTokens::count).sum();
        if (mainWords == 0) {
            return new ExtractionQuality(0, EMPTY_MAIN_TEXT);
        }
        if (mainWords < MIN_MAIN_TEXT_WORDS) {
            return new ExtractionQuality(0, TOO_SHORT);
        }
        int pageWords = mainWords + removed.stream().mapToInt(block -> WordTokens.count(block.text())).sum();
        double length = Math.min(1, mainWords / (double) FULL_LENGTH_WORDS);
        double share = Math.min(1, mainWords / (double) pageWords / FULL_SHARE_KEPT);
        // length dominates: a complete article may sit on a page of long comments, but it is never a few words
        double confidence = length * (0.5 + 0.5 * share);
        return new ExtractionQuality(Math.round(confidence * 100) / 100.0, null);
    }

    public boolean failed() {
        return failure != null;
    }
}
