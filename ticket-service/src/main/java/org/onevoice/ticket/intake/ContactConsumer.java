package org.onevoice.ticket.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.ticket.idempotency.ProcessedEvents;
import org.onevoice.ticket.idempotency.RecordPayload;
import org.onevoice.ticket.transaction.ReachableDatabase;

/**
 * Applies contact events from the gateway, each exactly once: the processed-event log and the
 * effect commit together, so a redelivery after a crash changes nothing. A record that fails is
 * nacked and lands on the dead-letter topic with its cause while the stream goes on; a database
 * outage is waited out instead.
 */
@ApplicationScoped
public class ContactConsumer {
    private final ProcessedEvents processed;
    private final ContactIntake intake;

    ContactConsumer(ProcessedEvents processed, ContactIntake intake) {
        this.processed = processed;
        this.intake = intake;
    }

    @Incoming("contacts")
    @Blocking
    public void consume(ConsumerRecord<String, ContactEvent> record) {
        ContactEvent event = RecordPayload.of(record, "ContactEvent");
        ReachableDatabase.inTransaction(() -> apply(event));
    }

    private void apply(ContactEvent event) {
        if (!processed.firstTime(event.eventId())) {
            return;
        }
        if (event instanceof ContactReceived received) {
            intake.received(received);
        } else if (event instanceof AnswerGiven answer) {
            intake.answered(answer);
        } else if (event instanceof ContactEnded ended) {
            intake.ended(ended);
        }
    }
}
