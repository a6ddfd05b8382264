package io.newsflow.query.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.EntityType;
import io.newsflow.names.NameMatcher;
import io.newsflow.query.domain.EntityIdentity;
import io.newsflow.query.domain.EntityQuery;
import io.newsflow.query.domain.EntitySql;
import io.newsflow.names.IdentityMatch;
import io.newsflow.names.IdentityRanking;
import io.newsflow.query.domain.IdentitySql;
import io.newsflow.query.domain.SqlQuery;

/** The {@code entity_identity} index: one row per identity key, what searched names are matched against. */
@ApplicationScoped
public class IdentityStore {

    /** Most candidates one index lookup returns: keeps a one-letter or very common query bounded. */
    public static final int CANDIDATES = 200;
    /** Nearest fuzzy forms a lookup ranks: enough for every transliteration of a name, few enough to stay fast. */
    public static final int NEAREST = 50;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public IdentityStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Every identity key, most mentioned-in first: the listing without a searched name. */
    @Transactional
    public List<EntityIdentity> list(EntityQuery query) {
        return rows(EntitySql.identities(query)).stream().map(row -> identity(row, null, null)).toList();
    }

    /**
     * The identities given, each counted over all its keys, with the match that found it.
     *
     * @param found identity key to its keys and match
     */
    @Transactional
    public List<EntityIdentity> aggregate(Map<String, IdentityLookup.Found> found, EntityType type) {
        Map<String, String> identityOfKey = new HashMap<>();
        found.values().forEach(f -> f.keys().forEach(key -> identityOfKey.put(key, f.key())));
        if (identityOfKey.isEmpty()) {
            return List.of();
        }
        return rows(EntitySql.identitiesOf(identityOfKey, type)).stream()
                .map(row -> identity(row, found.get((String) row[0]).keys(), found.get((String) row[0]).match()))
                .toList();
    }

    /**
     * Adds the keys not indexed yet, in key order so that two transactions adding the same keys lock them in one
     * order and cannot deadlock.
     *
     * @param displayByKey a display name per key (the first one seen is kept)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(Map<String, String> displayByKey) {
        if (!displayByKey.isEmpty()) {
            execute(IdentitySql.register(new TreeMap<>(displayByKey)));
        }
    }

    /** Keys of mentions spelled exactly as the query, ignoring case. */
    @Transactional
    public Set<String> keysBySpelling(String text) {
        return new LinkedHashSet<>(strings(IdentitySql.keysBySpelling(text, CANDIDATES)));
    }

    /**
     * Keys that may stand for the query: its own keys, people of its surname, the nearest skeletons, names
     * containing it.
     */
    @Transactional
    public List<IdentityRanking.Candidate> candidates(NameMatcher.QueryName query) {
        return rows(IdentitySql.candidates(query, CANDIDATES, NEAREST)).stream()
                .map(row -> new IdentityRanking.Candidate((String) row[0], (String) row[1], (Boolean) row[2]))
                .toList();
    }

    /** For each surname: the stored person keys with that surname and a given name (at most two are needed). */
    @Transactional
    public Map<String, List<String>> fullNamesBySurname(Collection<String> surnames) {
        Map<String, List<String>> bySurname = new HashMap<>();
        if (surnames.isEmpty()) {
            return bySurname;
        }
        for (Object[] row : rows(IdentitySql.fullNamesBySurname(surnames))) {
            bySurname.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return bySurname;
    }

    /** Keys of stored mentions not in the index yet, with a display name each; at most {@code limit}. */
    @Transactional
    public Map<String, String> unindexed(int limit) {
        Map<String, String> found = new TreeMap<>();
        for (Object[] row : rows(IdentitySql.unindexed(limit))) {
            found.put((String) row[0], (String) row[1]);
        }
        return found;
    }

    /** Adds keys outside an article's transaction (the backfill). */
    @Transactional
    public void registerNow(Map<String, String> displayByKey) {
        register(displayByKey);
    }

    private EntityIdentity identity(Object[] row, List<String> keys, IdentityMatch match) {
        return new EntityIdentity((String) row[0], (String) row[1], EntityType.valueOf((String) row[2]),
                spellings((String) row[3]), ((Number) row[4]).longValue(), keys,
                match == null ? null : match.score(), match == null ? null : match.matchedBy());
    }

    private List<String> spellings(String json) {
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned a spelling list that is not a JSON array: " + json, e);
        }
    }

    private void execute(SqlQuery sql) {
        query(sql).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(SqlQuery sql) {
        return query(sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(SqlQuery sql) {
        return query(sql).getResultList();
    }

    private Query query(SqlQuery sql) {
        Query query = entityManager.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, sql.parameters().get(i));
        }
        return query;
    }
}
