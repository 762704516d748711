package org.onevoice.ticket.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.transaction.AfterCommit;

/** Shows the agent what became of a reply, and lets the customer's answer to it find the ticket. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryStates {
    private final ThreadRefs threadRefs;
    private final TicketStream stream;
    private final AfterCommit afterCommit;
    private final MeterRegistry metrics;

    DeliveryStates(ThreadRefs threadRefs, TicketStream stream, AfterCommit afterCommit, MeterRegistry metrics) {
        this.threadRefs = threadRefs;
        this.stream = stream;
        this.afterCommit = afterCommit;
        this.metrics = metrics;
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
        afterCommit.run(() -> metrics.counter("onevoice.reply.deliveries", "channel", reply.channel.name(),
                "state", report.state().name()).increment());
    }

    private void sent(Message reply, DeliveryReport report) {
        boolean channelId = report.channelMessageId() != null && !report.channelMessageId().isBlank();
        if (channelId) {
            // The channel may have shown the sent reply to us as an answer before this report came:
            // it is the same message, so the conversation keeps it once, as ours. Looked up before the reply
            // changes, as the query flushes what changed: the reply is then written once, not once per query.
            Message.byChannelId(reply.channel, report.channelMessageId())
                    .filter(echo -> !echo.id.equals(reply.id) && echo.origin == AgentReplied.Origin.CHANNEL)
                    .ifPresent(echo -> {
                        echo.delete();
                        echo.flush();
                    });
        }
        reply.deliveryState = DeliveryState.SENT;
        reply.deliveryFailure = null;
        if (channelId) {
            reply.channelMessageId = report.channelMessageId();
            threadRefs.remember(reply.channel, report.channelMessageId(), reply.ticketId);
        }
    }
}
