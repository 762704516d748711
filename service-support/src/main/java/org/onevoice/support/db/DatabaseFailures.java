package org.onevoice.support.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure of database work says about the work: whether the database could not be reached,
 * or the transaction lost a conflict with another one. In both cases the work itself is not at
 * fault and should run again, not be given up on (or dead-lettered).
 */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** Connection refused or lost (SQL state class 08), or the server shutting down (57P). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Deadlock (40P01) or serialisation failure (40001): the other transaction won, this one can run again. */
    public static boolean lostToAnotherTransaction(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, which names what actually went wrong. */
    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
