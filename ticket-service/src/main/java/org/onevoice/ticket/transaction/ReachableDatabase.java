package org.onevoice.ticket.transaction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's transaction so that a database outage delays the record instead of failing
 * it. A record that cannot be stored because PostgreSQL is restarting is not at fault: sending it
 * to the dead-letter topic would lose an acknowledged contact, so the same record is tried again
 * with backoff on the consumer's worker thread until the database is back.
 */
public final class ReachableDatabase {
    private static final Logger LOG = Logger.getLogger(ReachableDatabase.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private ReachableDatabase() {
    }

    /** Runs {@code work} in a new transaction, again and again while the database cannot be reached. */
    public static void inTransaction(Runnable work) {
        long backoffMillis = 100;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                return;
            } catch (RuntimeException e) {
                if (!unreachable(e)) {
                    throw e;
                }
                LOG.warnf("database unreachable, trying the record again in %d ms: %s", backoffMillis, e.getMessage());
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** Connection refused or lost (SQL state class 08), or the server shutting down (57P). */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
