package org.onevoice.events.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What became of an agent reply the gateway was asked to deliver ({@link AgentReplied} with origin
 * {@link AgentReplied.Origin#ONEVOICE}), published by the gateway on {@link Topics#REPLY_DELIVERIES}.
 * The ticket service shows it to the agent as the reply's delivery state.
 *
 * @param replyId          {@link AgentReplied#replyId()} of the reply this report is about
 * @param channel          the channel the reply went out on
 * @param state            {@link State#SENT} once the channel accepted it, {@link State#FAILED} when it
 *                         gave up for good
 * @param channelMessageId the channel's id of the delivered message (tweet id, Message-ID), so a
 *                         customer's answer to it threads back to the ticket; null when failed
 * @param reason           why it failed, for the agent; null when sent
 */
public record DeliveryReport(
        String eventId,
        long ticketId,
        long replyId,
        Channel channel,
        State state,
        String channelMessageId,
        String reason,
        Instant occurredAt) {

    public static final String CLOUD_EVENT_TYPE = "org.onevoice.reply.delivery-reported.v1";

    public enum State {
        SENT, FAILED
    }

    /** One report per reply and state, so a redelivered report is recognisable. */
    public static String idFor(long replyId, State state) {
        String name = "DeliveryReport\n" + replyId + '\n' + state;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Kafka key: a ticket's reports stay in order with each other. */
    @JsonIgnore
    public String partitionKey() {
        return Long.toString(ticketId);
    }
}
