package org.onevoice.gateway.outbound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per ticket, the work waiting behind the piece under way, so that a ticket's replies go out in the
 * order they were written even when one of them has to be tried again later.
 */
final class TicketTurns<T> {
    /** A ticket is here while a piece of its work is under way; the queue holds what waits behind it. */
    private final Map<Long, Deque<T>> waiting = new HashMap<>();

    /** True when {@code work} may start now; false when it was queued behind earlier work on its ticket. */
    synchronized boolean first(long ticketId, T work) {
        Deque<T> queue = waiting.get(ticketId);
        if (queue != null) {
            queue.addLast(work);
            return false;
        }
        waiting.put(ticketId, new ArrayDeque<>());
        return true;
    }

    /** The ticket's work under way is done: returns the next piece, which is under way from now on, or null. */
    synchronized T next(long ticketId) {
        Deque<T> queue = waiting.get(ticketId);
        T next = queue == null ? null : queue.pollFirst();
        if (next == null) {
            waiting.remove(ticketId);
        }
        return next;
    }
}
