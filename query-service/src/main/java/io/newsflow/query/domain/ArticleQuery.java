package io.newsflow.query.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A validated search over articles: what {@code GET /api/articles} was asked, with defaults applied.
 *
 * @param text              full-text query (web-search syntax: words, "phrases", -exclusions, or), or null
 * @param entities          names of entities in any spelling; an article must mention every one of them, each
 *                          as the identity the name is resolved to
 * @param entityKeys        exact identity keys; an article must mention every one of them
 * @param language          ISO 639 code, lower case, or null
 * @param from              first publication day included, or null
 * @param to                last publication day included, or null
 * @param page              0-based page index
 * @param size              page size, already capped
 * @param includeDuplicates whether exact duplicates are listed too
 * @param sort              result order; null means best match first with a text query, newest otherwise
 * @param resolvedKeys      per name of {@code entities}, the keys of the identity it was resolved to (empty when
 *                          none matched: then no article does); empty until {@link #resolved} is called
 */
public record ArticleQuery(
        String text,
        List<String> entities,
        List<String> entityKeys,
        String language,
        LocalDate from,
        LocalDate to,
        int page,
        int size,
        boolean includeDuplicates,
        Sort sort,
        List<List<String>> resolvedKeys) {

    /** Result orders. Relevance needs a text query; without one it falls back to newest. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST
    }

    public ArticleQuery {
        entities = List.copyOf(entities);
        entityKeys = List.copyOf(entityKeys);
        resolvedKeys = resolvedKeys.stream().map(List::copyOf).toList();
        if (sort == null || sort == Sort.RELEVANCE && text == null) {
            sort = text != null ? Sort.RELEVANCE : Sort.NEWEST;
        }
    }

    /** Page-size bounds of the API. */
    public record Limits(int defaultSize, int maxSize) {
    }

    /** Parses the raw request parameters; throws {@link InvalidQueryException} naming the first bad one. */
    public static ArticleQuery parse(String q, List<String> entity, List<String> entityKey, String lang, String from,
            String to, String page, String size, String includeDuplicates, String sort, Limits limits) {
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidQueryException("'from' (" + fromDate + ") must not be after 'to' (" + toDate + ")");
        }
        String language = QueryParams.trimToNull(lang);
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!language.matches("[a-z]{2,3}")) {
                throw new InvalidQueryException("'lang' must be an ISO 639 code such as en or ru, got '" + lang + "'");
            }
        }
        List<String> names = entity == null ? List.of()
                : entity.stream().map(name -> QueryParams.name("entity", name)).filter(Objects::nonNull).distinct()
                        .toList();
        List<String> keys = entityKey == null ? List.of()
                : entityKey.stream().map(key -> QueryParams.name("entityKey", key)).filter(Objects::nonNull)
                        .distinct().toList();
        return new ArticleQuery(
                QueryParams.trimToNull(q),
                names,
                keys,
                language,
                fromDate,
                toDate,
                QueryParams.integer("page", page, 0, 0),
                Math.min(QueryParams.integer("size", size, limits.defaultSize(), 1), limits.maxSize()),
                QueryParams.bool("includeDuplicates", includeDuplicates),
                QueryParams.choice("sort", sort, Sort.class),
                List.of());
    }

    /** This query with the keys each of its entity names was resolved to, in the order of {@code entities}. */
    public ArticleQuery resolved(List<List<String>> keysPerName) {
        if (keysPerName.size() != entities.size()) {
            throw new IllegalArgumentException(keysPerName.size() + " key lists for " + entities.size() + " names");
        }
        return new ArticleQuery(text, entities, entityKeys, language, from, to, page, size, includeDuplicates, sort,
                keysPerName);
    }

    public int offset() {
        return page * size;
    }
}
