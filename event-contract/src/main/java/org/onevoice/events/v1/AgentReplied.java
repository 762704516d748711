package org.onevoice.events.v1;

import java.time.Instant;

/**
 * An agent answered the customer. With {@link Origin#ONEVOICE} the reply was written in OneVoice
 * and the gateway must deliver it; with {@link Origin#CHANNEL} it was already given on the
 * channel and is reported for the record only.
 *
 * @param replyChannel the channel the answer goes out on (may differ from the ticket's)
 * @param recipient    the customer's identity on {@code replyChannel}
 * @param inReplyTo    the channel message id being answered, for channel threading
 * @param subject      subject line for channels that have one, carrying the ticket tag
 */
public record AgentReplied(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        long replyId,
        Channel replyChannel,
        Origin origin,
        String author,
        String body,
        CustomerIdentity recipient,
        String inReplyTo,
        String subject) implements TicketEvent {

    public static final String TYPE = "AgentReplied";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.agent-replied.v1";

    public enum Origin {
        ONEVOICE, CHANNEL
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
