package org.onevoice.ticket.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Ticket changes for open consoles. A change is announced only after its transaction committed,
 * so a console that reloads on the announcement always sees it.
 */
@ApplicationScoped
public class TicketStream {
    private final BroadcastProcessor<TicketChange> changes = BroadcastProcessor.create();
    private final TransactionSynchronizationRegistry transactions;

    TicketStream(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public Multi<TicketChange> changes() {
        return changes;
    }

    public void announceAfterCommit(TicketChange change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changes.onNext(change);
                }
            }
        });
    }
}
