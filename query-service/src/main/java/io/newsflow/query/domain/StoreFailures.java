package io.newsflow.query.domain;

import java.sql.SQLException;
import java.util.Set;

/** Tells failures that no retry can cure (the record itself cannot be stored) from passing ones. */
public final class StoreFailures {

    /**
     * SQLSTATE classes caused by the data: 22 data exception, 23 integrity constraint violation, 54 program limit
     * exceeded (say, a text too large for a tsvector).
     */
    private static final Set<String> DATA_CLASSES = Set.of("22", "23", "54");

    private StoreFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRecordException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && DATA_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
