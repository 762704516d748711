package org.onevoice.gateway.outbound;

import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;

/**
 * Delivers agent replies on one channel. Implementations are CDI beans; {@link ReplyDispatcher}
 * finds the one whose {@link #channel()} is the reply's {@link AgentReplied#replyChannel()}, retries
 * what is retryable and keeps the delivery log, so an implementation only makes one attempt.
 */
public interface ReplySender {

    Channel channel();

    /**
     * Makes one delivery attempt. Called on a worker thread: blocking I/O is fine.
     *
     * @return the channel's id of the delivered message (tweet id, Message-ID), which lets a
     *         customer's answer to it thread back to the ticket
     * @throws DeliveryException when the channel did not accept the reply; its
     *                           {@link DeliveryException#retryable()} says whether trying again can help
     */
    String send(AgentReplied reply) throws DeliveryException;
}
