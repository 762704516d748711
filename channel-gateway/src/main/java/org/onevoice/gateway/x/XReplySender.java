package org.onevoice.gateway.x;

import jakarta.enterprise.context.ApplicationScoped;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.gateway.outbound.DeliveryException;
import org.onevoice.gateway.outbound.ReplySender;

/**
 * Answers on X the way the customer asked: a direct message when the reply answers a DM, a reply
 * tweet otherwise. The ticket tells which through {@link AgentReplied#inReplyTo()}, the channel
 * message id of the customer's last message: DM ids carry the {@link XIds#dmEvent} prefix.
 */
@ApplicationScoped
public class XReplySender implements ReplySender {
    private final XApiClient api;

    XReplySender(XApiClient api) {
        this.api = api;
    }

    @Override
    public Channel channel() {
        return Channel.X;
    }

    @Override
    public String send(AgentReplied reply) throws DeliveryException {
        try {
            return post(reply);
        } catch (XApiException e) {
            if (e.duplicateContent()) {
                throw DeliveryException.repeatRefused(e.getMessage());
            }
            if (!e.retryable()) {
                throw DeliveryException.permanent(e.getMessage());
            }
            throw e.notBefore().map(resetAt -> DeliveryException.retryableAfter(e.getMessage(), resetAt))
                    .orElseGet(() -> DeliveryException.retryable(e.getMessage(), e));
        }
    }

    private String post(AgentReplied reply) throws DeliveryException, XApiException {
        if (reply.body() == null || reply.body().isBlank()) {
            throw DeliveryException.permanent("the reply is empty");
        }
        if (XIds.isDmEvent(reply.inReplyTo())) {
            if (reply.recipient() == null || reply.recipient().kind() != IdentityKind.X_USER) {
                throw DeliveryException.permanent("a direct message needs the customer's X user id as recipient");
            }
            return XIds.dmEvent(api.sendDirectMessage(reply.recipient().value(), reply.body()));
        }
        if (reply.inReplyTo() != null) {
            return api.postTweet(reply.body(), reply.inReplyTo());
        }
        return api.postTweet(mentioning(reply), null);
    }

    /** A tweet that answers nothing reaches the customer only if it mentions them. */
    private static String mentioning(AgentReplied reply) {
        String handle = reply.recipient() == null ? null : reply.recipient().handle();
        if (handle == null || reply.body().contains("@" + handle)) {
            return reply.body();
        }
        return "@" + handle + " " + reply.body();
    }
}
