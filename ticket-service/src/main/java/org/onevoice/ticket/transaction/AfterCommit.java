package org.onevoice.ticket.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action once the current transaction has committed, and never when it rolls back. */
@ApplicationScoped
public class AfterCommit {
    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
