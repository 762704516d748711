package org.onevoice.ticket.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;

/** Shows the agent what became of a reply, and lets the customer's answer to it find the ticket. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryStates {
    private final ThreadRefs threadRefs;
    private final TicketStream stream;

    DeliveryStates(ThreadRefs threadRefs, TicketStream stream) {
        this.threadRefs = threadRefs;
        this.stream = stream;
    }

    public void apply(DeliveryReport report) {
        Message reply = Message.<Message>findByIdOptional(report.replyId())
                .filter(m -> m.ticketId == report.ticketId() && m.direction == MessageDirection.OUTBOUND)
                .orElseThrow(() -> new IllegalArgumentException(
                        "reply " + report.replyId() + " of ticket " + report.ticketId() + " does not exist"));
        switch (report.state()) {
            case SENT -> sent(reply, report);
            // A reply the channel once took stays sent: a late failure report cannot take it back.
            case FAILED -> {
                if (reply.deliveryState != DeliveryState.SENT) {
                    reply.deliveryState = DeliveryState.FAILED;
                    reply.deliveryFailure = report.reason();
                }
            }
        }
        stream.announceAfterCommit(new TicketChange(report.ticketId(), "DeliveryReported"));
    }

    private void sent(Message reply, DeliveryReport report) {
        reply.deliveryState = DeliveryState.SENT;
        reply.deliveryFailure = null;
        if (report.channelMessageId() != null && !report.channelMessageId().isBlank()) {
            reply.channelMessageId = report.channelMessageId();
            threadRefs.remember(reply.channel, report.channelMessageId(), reply.ticketId);
        }
    }
}
