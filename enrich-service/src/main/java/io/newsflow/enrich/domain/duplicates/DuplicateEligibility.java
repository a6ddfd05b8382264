package io.newsflow.enrich.domain.duplicates;

/**
 * Which articles may enter duplicate detection and story clustering. An article whose extraction failed has no
 * article text: every such page of a site (or of many sites) extracts to the same empty or boilerplate string, so
 * comparing them would make unrelated pages exact copies of each other and one story.
 */
public final class DuplicateEligibility {

    private DuplicateEligibility() {
    }

    /**
     * @param text              the clean text
     * @param extractionFailure the cleaner's failure reason, or null
     * @return false when the cleaner said the extraction failed, or when the text is blank (a cleaner that predates
     *         the failure reason published empty extractions without one)
     */
    public static boolean comparable(String text, String extractionFailure) {
        return extractionFailure == null && text != null && !text.isBlank();
    }
}
