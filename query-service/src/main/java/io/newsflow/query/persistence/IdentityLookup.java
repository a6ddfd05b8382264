package io.newsflow.query.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.contract.EntityType;
import io.newsflow.names.NameMatcher;
import io.newsflow.query.domain.EntityIdentity;
import io.newsflow.names.IdentityMatch;
import io.newsflow.names.IdentityRanking;

/** Resolves a searched name, in any spelling, to stored identities, best first. */
@ApplicationScoped
public class IdentityLookup {

    /**
     * One identity a name may mean.
     *
     * @param key   the identity's key (a full name's, when surname-only keys joined it)
     * @param keys  every key it stands for: itself and any surname-only key joined to it
     * @param match how the best of its keys matched
     */
    public record Found(String key, List<String> keys, IdentityMatch match) {
    }

    private final IdentityStore store;
    private final NameMatcher matcher;
    private final IdentityRanking ranking;

    public IdentityLookup(IdentityStore store, NameMatcher matcher) {
        this.store = store;
        this.matcher = matcher;
        this.ranking = new IdentityRanking(matcher);
    }

    /** Every listed identity for the name, best match first; a key ({@code person:...}) stands for itself only. */
    List<Found> find(String name) {
        NameMatcher.QueryName query = matcher.parse(name);
        List<IdentityRanking.Candidate> candidates = NameMatcher.looksLikeKey(query.text()) ? List.of()
                : store.candidates(query);
        List<IdentityMatch> ranked = ranking.rank(query, store.keysBySpelling(query.text()), candidates);
        Set<String> surnames = ranked.stream().map(m -> NameMatcher.surnameOf(m.key())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> identityOf = IdentityRanking.identities(
                ranked.stream().map(IdentityMatch::key).toList(), store.fullNamesBySurname(surnames));
        Map<String, Found> byIdentity = new LinkedHashMap<>();
        for (IdentityMatch match : ranked) {
            String identity = identityOf.get(match.key());
            Found found = byIdentity.get(identity);
            List<String> keys = new ArrayList<>(found == null ? List.of() : found.keys());
            keys.add(match.key());
            // the joined full name's own key belongs to the identity even when only its surname matched
            if (!keys.contains(identity)) {
                keys.add(identity);
            }
            byIdentity.put(identity, new Found(identity, List.copyOf(keys), found == null ? match : found.match()));
        }
        return List.copyOf(byIdentity.values());
    }

    /**
     * The identities the name may mean, with their spellings and article counts: best match first, then the most
     * mentioned-in, at most {@code limit}.
     */
    public List<EntityIdentity> identities(String name, EntityType type, int limit) {
        Map<String, Found> found = new LinkedHashMap<>();
        find(name).forEach(f -> found.put(f.key(), f));
        return store.aggregate(found, type).stream()
                .sorted(Comparator.comparing(EntityIdentity::score).reversed()
                        .thenComparing(Comparator.comparingLong(EntityIdentity::articleCount).reversed())
                        .thenComparing(EntityIdentity::key))
                .limit(limit).toList();
    }

    /** The identity the name means if its match scores at least {@code threshold}: the first of {@link #identities}. */
    public Optional<EntityIdentity> best(String name, double threshold) {
        return identities(name, null, 1).stream().findFirst().filter(identity -> identity.score() >= threshold);
    }
}
