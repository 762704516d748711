package org.onevoice.ticket.conversation;

import static org.onevoice.events.v1.TicketStatus.CLOSED;
import static org.onevoice.events.v1.TicketStatus.NEW;
import static org.onevoice.events.v1.TicketStatus.OPEN;
import static org.onevoice.events.v1.TicketStatus.PENDING;
import static org.onevoice.events.v1.TicketStatus.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.onevoice.events.v1.TicketStatus;

/**
 * The moves a ticket may make. CLOSED is final: a customer who writes again after that starts a
 * new ticket, so closed conversations keep their measured response times.
 */
public final class Lifecycle {
    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(Map.of(
            NEW, EnumSet.of(OPEN, PENDING, RESOLVED, CLOSED),
            OPEN, EnumSet.of(PENDING, RESOLVED, CLOSED),
            PENDING, EnumSet.of(OPEN, RESOLVED, CLOSED),
            RESOLVED, EnumSet.of(OPEN, CLOSED),
            CLOSED, EnumSet.noneOf(TicketStatus.class)));

    private Lifecycle() {
    }

    public static boolean allows(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<TicketStatus> next(TicketStatus from) {
        return NEXT.get(from);
    }

    /** No agent work is left: resolution time stops. */
    public static boolean done(TicketStatus status) {
        return status == RESOLVED || status == CLOSED;
    }
}
