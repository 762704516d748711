package org.onevoice.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketPriority;
import org.onevoice.ticket.conversation.Ticket;

/** Gives every ticket its due times from its channel, priority and opening time. */
@ApplicationScoped
public class SlaPolicy {
    private final SlaConfig config;
    private final BusinessCalendar calendar;

    SlaPolicy(SlaConfig config) {
        this.config = config;
        this.calendar = new BusinessCalendar(config.zone(), config.opensAt(), config.closesAt(),
                new HashSet<>(config.businessDays()), new HashSet<>(config.holidays()));
    }

    /** Sets the due times; called when a ticket opens and when its priority changes. */
    public void schedule(Ticket ticket) {
        ticket.firstResponseDueAt = calendar.plus(ticket.openedAt, scaled(firstResponse(ticket.channel), ticket.priority));
        ticket.resolutionDueAt = calendar.plus(ticket.openedAt, scaled(resolution(ticket.channel), ticket.priority));
    }

    private Duration firstResponse(Channel channel) {
        return switch (channel) {
            case X -> config.firstResponseX();
            case EMAIL -> config.firstResponseEmail();
            case CALL_CENTRE -> config.firstResponseCallCentre();
        };
    }

    private Duration resolution(Channel channel) {
        return switch (channel) {
            case X -> config.resolutionX();
            case EMAIL -> config.resolutionEmail();
            case CALL_CENTRE -> config.resolutionCallCentre();
        };
    }

    private Duration scaled(Duration base, TicketPriority priority) {
        int percent = switch (priority) {
            case LOW -> config.lowPercent();
            case NORMAL -> config.normalPercent();
            case HIGH -> config.highPercent();
            case URGENT -> config.urgentPercent();
        };
        return base.multipliedBy(percent).dividedBy(100);
    }
}
