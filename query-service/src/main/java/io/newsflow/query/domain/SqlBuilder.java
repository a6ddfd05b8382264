package io.newsflow.query.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects parameters while a statement is written, numbering their placeholders in order of appearance. */
final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlBuilder append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a placeholder bound to {@code value}. */
    SqlBuilder bind(Object value) {
        parameters.add(value);
        sql.append('?').append(parameters.size());
        return this;
    }

    SqlQuery build() {
        return new SqlQuery(sql.toString(), parameters);
    }
}
