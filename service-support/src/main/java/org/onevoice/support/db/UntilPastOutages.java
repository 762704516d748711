package org.onevoice.support.db;

import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Runs database work until it succeeds or fails for a reason of its own. While the database cannot
 * be reached the work is run again with backoff (100 ms doubling to 5 s) on the calling thread; a
 * transaction that lost a deadlock runs again at once. A consumer thread that waits here keeps its
 * records: failing them would dead-letter acknowledged data that is not at fault.
 */
public final class UntilPastOutages {
    private static final Logger LOG = Logger.getLogger(UntilPastOutages.class);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private UntilPastOutages() {
    }

    /** @param what what the work is, for the log line while the database is away */
    public static void run(String what, Runnable work) {
        long backoffMillis = FIRST_BACKOFF_MILLIS;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (DatabaseFailures.lostToAnotherTransaction(e)) {
                    LOG.debugf("%s lost a lock conflict (%s), running it again", what, DatabaseFailures.rootCause(e).getMessage());
                    continue;
                }
                if (!DatabaseFailures.unreachable(e)) {
                    throw e;
                }
                LOG.warnf("database unreachable (%s), trying %s again in %d ms", DatabaseFailures.rootCause(e).getMessage(), what, backoffMillis);
                LockSupport.parkNanos(backoffMillis * 1_000_000L);
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }
}
