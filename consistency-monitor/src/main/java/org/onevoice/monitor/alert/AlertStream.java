package org.onevoice.monitor.alert;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Flow;

/**
 * Committed alert changes, broadcast to every connected live client. Changes come from several
 * threads (consumers, evaluator, API), hence the serialized processor. A client too slow to keep
 * 256 changes buffered is disconnected; its EventSource reconnects and reloads the list.
 */
@ApplicationScoped
public class AlertStream {
    private static final int CLIENT_BUFFER = 256;

    private final Flow.Processor<AlertView, AlertView> changes = BroadcastProcessor.<AlertView>create().serialized();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged changed) {
        changes.onNext(changed.alert());
    }

    public Multi<AlertView> changes() {
        return Multi.createFrom().publisher(changes).onOverflow().buffer(CLIENT_BUFFER);
    }
}
