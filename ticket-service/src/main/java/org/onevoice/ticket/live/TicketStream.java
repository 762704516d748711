package org.onevoice.ticket.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Ticket changes for open consoles. A change is announced only after its transaction committed,
 * so a console that reloads on the announcement always sees it.
 */
@ApplicationScoped
public class TicketStream {
    private static final int BUFFER_PER_CONSOLE = 1024;

    private final BroadcastProcessor<TicketChange> changes = BroadcastProcessor.create();
    private final AfterCommit afterCommit;

    TicketStream(AfterCommit afterCommit) {
        this.afterCommit = afterCommit;
    }

    /**
     * Each console gets its own buffer, so a slow one does not hold up the others; one that falls
     * too far behind is disconnected, and reloads everything when it reconnects.
     */
    public Multi<TicketChange> changes() {
        return changes.onOverflow().buffer(BUFFER_PER_CONSOLE);
    }

    public void announceAfterCommit(TicketChange change) {
        afterCommit.run(() -> changes.onNext(change));
    }
}
