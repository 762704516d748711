package org.onevoice.gateway.outbound;

import java.util.ArrayList;
import java.util.List;
import org.onevoice.events.v1.AgentReplied;

/**
 * What an {@link AgentReplied} to deliver must carry for delivery to be exactly once and reported:
 * without them the record is not a reply the gateway can act on, and it goes to the dead-letter
 * topic naming what is missing instead of being sent under a made-up id.
 */
final class DeliverableReply {
    private DeliverableReply() {
    }

    /** @throws IllegalArgumentException naming every missing field */
    static void check(AgentReplied reply) {
        List<String> missing = new ArrayList<>();
        if (reply.eventId() == null || reply.eventId().isBlank()) {
            missing.add("eventId");
        }
        if (reply.ticketId() <= 0) {
            missing.add("ticketId");
        }
        if (reply.replyId() <= 0) {
            missing.add("replyId");
        }
        if (reply.channel() == null && reply.replyChannel() == null) {
            missing.add("channel or replyChannel");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("AgentReplied " + reply.eventId() + " cannot be delivered, missing " + String.join(", ", missing));
        }
    }
}
