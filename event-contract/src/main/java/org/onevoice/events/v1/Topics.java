package org.onevoice.events.v1;

/** Kafka topics of the contract. */
public final class Topics {
    /** {@link ContactEvent}s from every channel, keyed by {@link ContactEvent#partitionKey()}. */
    public static final String CONTACTS_INBOUND = "contacts.inbound";
    /** {@link TicketEvent}s, keyed by ticket id. */
    public static final String TICKET_EVENTS = "tickets.events";
    /** {@link AlertEvent}s raised by the consistency monitor, keyed by alert key. */
    public static final String CONSISTENCY_ALERTS = "consistency.alerts";
    /** {@link DeliveryReport}s from the gateway about agent replies it delivered, keyed by ticket id. */
    public static final String REPLY_DELIVERIES = "replies.delivery";
    /** {@link CustomerErased} from the ticket service, keyed by customer id. */
    public static final String CUSTOMER_EVENTS = "customers.events";

    private Topics() {
    }
}
