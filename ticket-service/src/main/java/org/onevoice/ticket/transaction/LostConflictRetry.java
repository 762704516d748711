package org.onevoice.ticket.transaction;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;
import org.onevoice.support.db.DatabaseFailures;

/**
 * Runs a {@link RunAgainOnLostConflict} method again, up to {@link #ATTEMPTS} times in all, when
 * its transaction lost a deadlock or serialisation conflict. Its priority puts it outside
 * {@code @Transactional} (which is {@code PLATFORM_BEFORE + 200}), so each attempt is a transaction
 * of its own; inside a caller's transaction it does nothing, since only the caller can start over.
 * What still loses after the last attempt reaches the client as 503 with Retry-After.
 */
@RunAgainOnLostConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LostConflictRetry {
    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(LostConflictRetry.class);

    private final TransactionManager transactions;

    LostConflictRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object runAgainOnLostConflict(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailures.lostToAnotherTransaction(e)) {
                    throw e;
                }
                LOG.infof("%s lost a conflict with concurrent work (%s); running it again, attempt %d of %d",
                        invocation.getMethod().getName(), DatabaseFailures.rootCause(e).getMessage(), attempt + 1, ATTEMPTS);
            }
        }
    }
}
