package io.newsflow.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the identity keys the store found for a searched name, and groups keys into identities.
 *
 * <p>Grouping: a person known in some article by surname alone has a surname-only key ({@code person:cohen}). It
 * joins a full name's identity only where that is unambiguous: exactly one stored person with that surname has a
 * given name. With several (David and Noam Cohen) it stays an identity of its own.
 */
public final class IdentityRanking {

    /** Below this, a candidate is too unlike the query to be listed at all. */
    public static final double LISTED = 0.5;
    /** Scores of a name begun span LISTED to LISTED plus this, by how much of the name the query covers. */
    private static final double PART_OF_NAME_RANGE = 0.09;
    /**
     * Fuzzy matches rank below exact ones: at most this, times their similarity, so a spelling the data used wins
     * over one it did not.
     */
    private static final double FUZZY_CEILING = 0.95;

    /**
     * A key the store found for a query.
     *
     * @param display     a display name of the identity
     * @param partOfName  found only because its display name contains the query (a name begun, "Kalin")
     */
    public record Candidate(String key, String display, boolean partOfName) {
    }

    private final NameMatcher matcher;

    public IdentityRanking(NameMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher);
    }

    /**
     * Scores every candidate key and returns those at or above {@link #LISTED}, best first (then by key, so the
     * order is stable).
     *
     * @param bySpelling keys of mentions whose text or canonical name equals the query ignoring case, or the query
     *                   itself where it is a stored key
     * @param candidates keys found by key, surname, trigram similarity or part of a name
     */
    public List<IdentityMatch> rank(NameMatcher.QueryName query, Set<String> bySpelling,
            Collection<Candidate> candidates) {
        Map<String, IdentityMatch> best = new LinkedHashMap<>();
        bySpelling.forEach(key -> best.put(key, new IdentityMatch(key, 1.0,
                key.equals(query.text()) ? IdentityMatch.KEY : IdentityMatch.SPELLING)));
        for (Candidate candidate : candidates) {
            String key = candidate.key();
            if (best.containsKey(key)) {
                continue;
            }
            double score = matcher.score(query, key);
            IdentityMatch match = score == 1.0 || sameSurname(query, key)
                    ? new IdentityMatch(key, score, IdentityMatch.KEY)
                    : new IdentityMatch(key, score * FUZZY_CEILING, IdentityMatch.FUZZY);
            if (candidate.partOfName()) {
                // a name begun: listed, ranked by how much of the name the query covers, below any whole match and
                // below the article filter's default threshold (0.6): "Alexander" lists every Alexander, but
                // filters by none of them
                double covered = (double) query.text().length() / Math.max(1, candidate.display().length());
                IdentityMatch part = new IdentityMatch(key, LISTED + PART_OF_NAME_RANGE * Math.min(1.0, covered),
                        IdentityMatch.SPELLING);
                match = part.score() > match.score() ? part : match;
            }
            if (match.score() >= LISTED) {
                best.put(key, match);
            }
        }
        List<IdentityMatch> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(IdentityMatch::score).reversed().thenComparing(IdentityMatch::key));
        return ranked;
    }

    /**
     * The identity each key belongs to: itself, or for a surname-only person key the one full name of that
     * surname when there is exactly one.
     *
     * @param fullNamesBySurname for each surname of a surname-only key among {@code keys}: the stored person keys
     *                           with that surname and a given name
     */
    public static Map<String, String> identities(Collection<String> keys,
            Map<String, List<String>> fullNamesBySurname) {
        Map<String, String> identity = new HashMap<>();
        for (String key : keys) {
            String surname = NameMatcher.surnameOf(key);
            List<String> full = surname == null || !key.equals(EntityResolver.personKey(surname)) ? null
                    : fullNamesBySurname.getOrDefault(surname, List.of());
            identity.put(key, full != null && full.size() == 1 ? full.get(0) : key);
        }
        return identity;
    }

    private static boolean sameSurname(NameMatcher.QueryName query, String key) {
        String surname = NameMatcher.surnameOf(key);
        return surname != null && surname.equals(NameMatcher.surnameOf(query.personKey()));
    }
}
