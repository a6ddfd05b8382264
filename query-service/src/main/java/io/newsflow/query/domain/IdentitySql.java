package io.newsflow.query.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import io.newsflow.names.NameMatcher;

/** Native PostgreSQL statements over {@code entity_identity}, the index searched names are matched against. */
public final class IdentitySql {

    private IdentitySql() {
    }

    /** Inserts one row per key, keeping rows that exist. */
    public static SqlQuery register(Map<String, String> displayByKey) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("INSERT INTO entity_identity (entity_key, is_person, surname, fuzzy_form, display) VALUES ");
        String separator = "";
        for (Map.Entry<String, String> e : displayByKey.entrySet()) {
            String key = e.getKey();
            String surname = NameMatcher.surnameOf(key);
            sql.append(separator).append("(").bind(key).append(", ").bind(NameMatcher.isPerson(key)).append(", ");
            if (surname == null) {
                sql.append("NULL");
            } else {
                sql.bind(surname);
            }
            sql.append(", ").bind(NameMatcher.fuzzyName(key)).append(", ").bind(e.getValue()).append(")");
            separator = ", ";
        }
        sql.append(" ON CONFLICT (entity_key) DO NOTHING");
        return sql.build();
    }

    /**
     * Keys of mentions whose text or canonical name equals the query ignoring case, or whose key it is (b-tree
     * indexes of V1).
     */
    public static SqlQuery keysBySpelling(String text, int limit) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT DISTINCT s.entity_key FROM entity_mention s WHERE lower(s.mention_text) = lower(")
                .bind(text).append(") OR lower(s.canonical) = lower(").bind(text).append(") OR s.entity_key = ")
                .bind(text).append(" LIMIT ").bind(limit);
        return sql.build();
    }

    /**
     * Candidate keys, each lookup indexed and bounded: the query's own keys, every person with its surname, the
     * {@code nearest} keys by trigram distance of their fuzzy forms to the query's (GiST KNN), and identities whose
     * display name contains the query (from three letters) or begins with it (one or two). Rows
     * {@code (key, display, part)}, {@code part} true where only the display name containing the query found the
     * key.
     */
    public static SqlQuery candidates(NameMatcher.QueryName query, int limit, int nearest) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT entity_key, min(display), bool_and(part) FROM (");
        sql.append("(SELECT entity_key, display, false AS part FROM entity_identity WHERE entity_key IN (")
                .bind(query.personKey()).append(", ").bind(query.nameKey()).append(") OR surname = ")
                .bind(NameMatcher.surnameOf(query.personKey())).append(" LIMIT ").bind(limit).append(")");
        sql.append(" UNION ALL (SELECT entity_key, display, false FROM entity_identity WHERE is_person"
                + " ORDER BY fuzzy_form <-> ").bind(NameMatcher.fuzzyName(query.personKey())).append(" LIMIT ")
                .bind(nearest)
                .append(")");
        sql.append(" UNION ALL (SELECT entity_key, display, false FROM entity_identity WHERE NOT is_person"
                + " ORDER BY fuzzy_form <-> ").bind(NameMatcher.fuzzyName(query.nameKey())).append(" LIMIT ")
                .bind(nearest)
                .append(")");
        String text = query.text().toLowerCase(Locale.ROOT);
        sql.append(" UNION ALL (SELECT entity_key, display, true FROM entity_identity WHERE ");
        if (text.codePointCount(0, text.length()) >= 3) {
            sql.append("lower(display) LIKE ").bind("%" + likeEscaped(text) + "%");
        } else {
            // too short for trigrams: the names it begins, a range of the b-tree on lower(display)
            sql.append("lower(display) ~>=~ ").bind(text).append(" AND lower(display) ~<~ ").bind(text + '\uffff');
        }
        sql.append(" ORDER BY length(display), entity_key LIMIT ").bind(limit).append(")");
        sql.append(") found GROUP BY entity_key");
        return sql.build();
    }

    /** Rows {@code (surname, key)} of stored people with one of these surnames and a given name. */
    public static SqlQuery fullNamesBySurname(Collection<String> surnames) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT surname, entity_key FROM entity_identity WHERE is_person AND surname IN (");
        String separator = "";
        for (String surname : surnames) {
            sql.append(separator).bind(surname);
            separator = ", ";
        }
        sql.append(") AND entity_key <> 'person:' || surname ORDER BY surname, entity_key");
        return sql.build();
    }

    /** Rows {@code (key, canonical)} of mentions whose key has no index row yet. */
    public static SqlQuery unindexed(int limit) {
        SqlBuilder sql = new SqlBuilder();
        sql.append("SELECT m.entity_key, min(m.canonical) FROM entity_mention m WHERE NOT EXISTS"
                + " (SELECT 1 FROM entity_identity i WHERE i.entity_key = m.entity_key)"
                + " GROUP BY m.entity_key ORDER BY m.entity_key LIMIT ").bind(limit);
        return sql.build();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
