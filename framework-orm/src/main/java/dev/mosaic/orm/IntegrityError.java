package dev.mosaic.orm;

import java.sql.SQLException;

/**
 * Recognises what Django calls an {@code IntegrityError}: a statement refused by a constraint
 * (SQLSTATE class 23: unique, foreign key, not null, check), whatever Hibernate wrapped it in.
 */
final class IntegrityError {
    private IntegrityError() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            String state = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if (state != null && state.startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
