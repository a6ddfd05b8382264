package io.newsflow.query.domain;

import java.util.List;

/**
 * A native SQL statement with numbered parameters {@code ?1, ?2, ...}, each used once and in order, so it runs both as
 * a JPA native query and, with the numbers dropped, as a JDBC statement.
 */
public record SqlQuery(String sql, List<Object> parameters) {

    public SqlQuery {
        parameters = List.copyOf(parameters);
    }

    /** The statement with plain JDBC {@code ?} placeholders. */
    public String jdbcSql() {
        return sql.replaceAll("\\?\\d+", "?");
    }
}
