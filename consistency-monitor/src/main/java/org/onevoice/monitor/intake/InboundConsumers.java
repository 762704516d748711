package org.onevoice.monitor.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.monitor.contact.ContactLedger;
import org.onevoice.monitor.contact.JoinKeys;

/**
 * The monitor's two inputs, each consumed in batches as polled: contact events from the gateway
 * and ticket events from the ticket service. They arrive in no particular order relative to
 * each other; the ledger does not need one.
 */
@ApplicationScoped
public class InboundConsumers {
    private final BatchApplier applier;
    private final EventFamily<ContactEvent> contacts;
    private final EventFamily<TicketEvent> tickets;

    InboundConsumers(BatchApplier applier, ContactLedger ledger) {
        this.applier = applier;
        this.contacts = EventFamily.keyed(ContactEvent.class, ContactEvent::eventId, JoinKeys::of, ledger::applyContactEvents);
        this.tickets = EventFamily.keyed(TicketEvent.class, TicketEvent::eventId, JoinKeys::of, ledger::applyTicketEvents);
    }

    @Incoming("contacts")
    @Blocking
    public void contacts(ConsumerRecords<String, byte[]> records) {
        applier.apply(records, contacts);
    }

    @Incoming("tickets")
    @Blocking
    public void tickets(ConsumerRecords<String, byte[]> records) {
        applier.apply(records, tickets);
    }
}
