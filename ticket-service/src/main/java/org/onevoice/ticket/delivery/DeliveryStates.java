package org.onevoice.ticket.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.KnownRefs;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Shows the agent what became of a reply, and lets the customer's answer to it find the ticket. A batch of reports is
 * applied set-wise: one query for the replies, one for their echoes, one statement for the thread references, and
 * the replies written once at the end. One report at a time, each query flushed and dirty-checked every reply loaded
 * before it, so a batch cost the square of its length (a tenth of the ticket service's CPU at 10 % replies).
 */
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

    /** Applies the reports in their order; fails as a whole when one names a reply that does not exist. */
    public void apply(List<DeliveryReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        Map<Long, Message> replies = Message.byIds(reports.stream().map(DeliveryReport::replyId).distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (DeliveryReport report : reports) {
            Message reply = replies.get(report.replyId());
            if (reply == null || reply.ticketId != report.ticketId() || reply.direction != MessageDirection.OUTBOUND) {
                throw new IllegalArgumentException("reply " + report.replyId() + " of ticket " + report.ticketId() + " does not exist");
            }
        }
        removeEchoes(reports, replies);
        KnownRefs refs = KnownRefs.none();
        for (DeliveryReport report : reports) {
            Message reply = replies.get(report.replyId());
            switch (report.state()) {
                case SENT -> sent(reply, report, refs);
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
        threadRefs.save(refs);
    }

    /**
     * The channel may have shown a sent reply to us as an answer before its report came: it is the same message, so
     * the conversation keeps it once, as ours. Removed before any reply takes the channel's id, which is unique.
     */
    private static void removeEchoes(List<DeliveryReport> reports, Map<Long, Message> replies) {
        Map<Message.ChannelId, Long> sentAs = reports.stream()
                .filter(report -> report.state() == DeliveryReport.State.SENT && hasChannelId(report))
                .collect(Collectors.toMap(report -> new Message.ChannelId(replies.get(report.replyId()).channel, report.channelMessageId()),
                        DeliveryReport::replyId, (first, second) -> first));
        if (sentAs.isEmpty()) {
            return;
        }
        List<Message> echoes = Message.byChannelIds(sentAs.keySet()).stream()
                .filter(m -> m.origin == AgentReplied.Origin.CHANNEL && !Objects.equals(sentAs.get(m.channelId()), m.id))
                .toList();
        if (!echoes.isEmpty()) {
            echoes.forEach(Message::delete);
            Message.flush();
        }
    }

    private static void sent(Message reply, DeliveryReport report, KnownRefs refs) {
        reply.deliveryState = DeliveryState.SENT;
        reply.deliveryFailure = null;
        if (hasChannelId(report)) {
            reply.channelMessageId = report.channelMessageId();
            refs.remember(reply.channel, report.channelMessageId(), reply.ticketId);
        }
    }

    private static boolean hasChannelId(DeliveryReport report) {
        return report.channelMessageId() != null && !report.channelMessageId().isBlank();
    }
}
