package io.newsflow.enrich.domain.duplicates;

/**
 * How an article relates to the ones seen before it.
 *
 * @param duplicateOf     first article with the same content hash, or null
 * @param nearDuplicateOf closest earlier article of the same story when not an exact copy, or null
 * @param storyId         story shared by all copies: the id of the story's first article
 */
public record DuplicateVerdict(String duplicateOf, String nearDuplicateOf, String storyId) {

    /** The verdict of an article related to none before it: it founds a story named by its own id. */
    public static DuplicateVerdict ownStory(String articleId) {
        return new DuplicateVerdict(null, null, articleId);
    }
}
