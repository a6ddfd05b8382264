package io.newsflow.query.domain;

import io.newsflow.contract.EnrichedArticle;

/**
 * How a stored article relates to the others: its exact original, its closest near duplicate and its story.
 *
 * @param duplicateOf     id of the first stored article with the same content, or null
 * @param nearDuplicateOf id of the closest earlier article of the same story, or null
 * @param storyId         id shared by every copy of one story
 */
public record StoryLinks(String duplicateOf, String nearDuplicateOf, String storyId) {

    /** An article already stored with the same content hash. */
    public record Original(String id, String storyId) {
    }

    /**
     * The enrich stage's links, trusted when it found the original. When it did not (say its duplicate index was
     * rebuilt after a restart) but an article with the same content hash was stored first, this article is recorded
     * as that one's exact duplicate, in that one's story, so the list still hides it. An article whose extraction
     * failed is no copy of anything (its empty or boilerplate text is shared by unrelated pages): its own story, no
     * links, whatever a record from before the enrich stage knew that said.
     */
    public static StoryLinks resolve(EnrichedArticle article, Original sameContent) {
        if (article.extractionFailure() != null || article.text() == null || article.text().isBlank()) {
            return new StoryLinks(null, null, article.id());
        }
        String duplicateOf = selfIsNull(article.duplicateOf(), article.id());
        if (duplicateOf == null && sameContent != null && !sameContent.id().equals(article.id())) {
            return new StoryLinks(sameContent.id(), null,
                    sameContent.storyId() != null ? sameContent.storyId() : sameContent.id());
        }
        String nearDuplicateOf = duplicateOf == null ? selfIsNull(article.nearDuplicateOf(), article.id()) : null;
        String storyId = article.storyId() != null ? article.storyId() : article.id();
        return new StoryLinks(duplicateOf, nearDuplicateOf, storyId);
    }

    private static String selfIsNull(String reference, String id) {
        return reference == null || reference.equals(id) ? null : reference;
    }
}
