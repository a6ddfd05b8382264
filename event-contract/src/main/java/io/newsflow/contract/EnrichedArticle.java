package io.newsflow.contract;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An enriched article as published on {@value Topics#ENRICHED}: the public contract of the pipeline
 * (schema {@code META-INF/schemas/articles.enriched.v1.json}).
 *
 * @param id          article id, also the record key
 * @param source      provenance of the drop
 * @param title       article title, or null
 * @param author      author, or null
 * @param publishedAt publication day: the page's own, else the best evidence in the text, else null
 * @param language    ISO 639-1 code of the text's language, or null when it cannot be told
 * @param text        clean body text; all offsets below refer to it
 * @param dates       temporal expressions found in the text
 * @param entities    named entities found in the text
 * @param contentHash hex SHA-256 of the normalized text: equal for exact duplicates
 * @param simhash     64-bit SimHash of the text as 16 hex digits: close for near duplicates
 * @param minhash     MinHash signature of the text's word shingles (fixed length); similar texts share values
 * @param duplicateOf     id of the first article with the same contentHash, or null
 * @param nearDuplicateOf id of the closest earlier article of the same story (not an exact copy), or null
 * @param storyId         id shared by every copy of one story: the id of its first article
 * @param removed     what the cleaner cut from the drop
 * @param analysedUpTo end (exclusive) of the part of {@code text} that dates, entities and a publication date found
 *                     in the text come from, when that is not the whole text (a very long drop), else null
 * @param extractionConfidence the cleaner's confidence in its cut, 0..1, or null (absent in JSON) when unknown
 * @param extractionFailure    why the cleaner's extraction failed, or null (absent in JSON); such an article is
 *                             in no duplicate link and founds its own story
 * @param modifiedAt  day the page says it was last modified, or null (absent in JSON) when it does not say
 */
public record EnrichedArticle(
        String id,
        Source source,
        String title,
        String author,
        LocalDate publishedAt,
        String language,
        String text,
        List<DateMention> dates,
        List<EntityMention> entities,
        String contentHash,
        String simhash,
        List<Integer> minhash,
        String duplicateOf,
        String nearDuplicateOf,
        String storyId,
        List<RemovedBlock> removed,
        Integer analysedUpTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double extractionConfidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String extractionFailure,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate modifiedAt) {

    /** An enriched article without the cleaner's extraction verdict (records published before it existed). */
    public EnrichedArticle(String id, Source source, String title, String author, LocalDate publishedAt,
            String language, String text, List<DateMention> dates, List<EntityMention> entities, String contentHash,
            String simhash, List<Integer> minhash, String duplicateOf, String nearDuplicateOf, String storyId,
            List<RemovedBlock> removed, Integer analysedUpTo) {
        this(id, source, title, author, publishedAt, language, text, dates, entities, contentHash, simhash, minhash,
                duplicateOf, nearDuplicateOf, storyId, removed, analysedUpTo, null, null, null);
    }

    /** An enriched article without the page's modification day (records published before it existed). */
    public EnrichedArticle(String id, Source source, String title, String author, LocalDate publishedAt,
            String language, String text, List<DateMention> dates, List<EntityMention> entities, String contentHash,
            String simhash, List<Integer> minhash, String duplicateOf, String nearDuplicateOf, String storyId,
            List<RemovedBlock> removed, Integer analysedUpTo, Double extractionConfidence, String extractionFailure) {
        this(id, source, title, author, publishedAt, language, text, dates, entities, contentHash, simhash, minhash,
                duplicateOf, nearDuplicateOf, storyId, removed, analysedUpTo, extractionConfidence, extractionFailure,
                null);
    }
}
