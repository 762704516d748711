package org.onevoice.events.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** What happened to a ticket, as published by the ticket service on {@link Topics#TICKET_EVENTS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TicketOpened.class, name = TicketOpened.TYPE),
        @JsonSubTypes.Type(value = CustomerMessageAdded.class, name = CustomerMessageAdded.TYPE),
        @JsonSubTypes.Type(value = AgentReplied.class, name = AgentReplied.TYPE),
        @JsonSubTypes.Type(value = TicketStatusChanged.class, name = TicketStatusChanged.TYPE),
        @JsonSubTypes.Type(value = TicketUpdated.class, name = TicketUpdated.TYPE),
        @JsonSubTypes.Type(value = InternalNoteAdded.class, name = InternalNoteAdded.TYPE),
        @JsonSubTypes.Type(value = SlaBreached.class, name = SlaBreached.TYPE)
})
public sealed interface TicketEvent permits TicketOpened, CustomerMessageAdded, AgentReplied, TicketStatusChanged,
        TicketUpdated, InternalNoteAdded, SlaBreached {

    String eventId();

    long ticketId();

    long customerId();

    /** The channel the ticket came in on. */
    Channel channel();

    /** When it happened, in event time (the channel's clock for what came from a channel). */
    Instant occurredAt();

    @JsonIgnore
    String cloudEventType();

    /** Kafka key: one ticket's events stay in order. */
    @JsonIgnore
    default String partitionKey() {
        return Long.toString(ticketId());
    }
}
