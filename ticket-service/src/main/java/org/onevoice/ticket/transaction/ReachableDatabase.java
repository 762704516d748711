package org.onevoice.ticket.transaction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.onevoice.support.db.UntilPastOutages;

/**
 * Runs a consumer's transaction so that a database outage delays the record instead of failing
 * it. A record that cannot be stored because PostgreSQL is restarting is not at fault: sending it
 * to the dead-letter topic would lose an acknowledged contact, so the same record is tried again
 * with backoff on the consumer's worker thread until the database is back.
 */
public final class ReachableDatabase {
    private ReachableDatabase() {
    }

    /** Runs {@code work} in a new transaction, again and again while the database cannot be reached. */
    public static void inTransaction(Runnable work) {
        UntilPastOutages.run("the record", () -> QuarkusTransaction.requiringNew().run(work));
    }
}
