package org.onevoice.ticket.inbox;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.customer.Customer;

/** Inbox listing: filters plus keyset pagination in a stable order. */
@ApplicationScoped
public class InboxQuery {

    public TicketPage page(Channel channel, TicketStatus status, InboxCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (channel != null) {
            where.add("channel = :channel");
            params.and("channel", channel);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (after != null) {
            where.add("(openedAt < :afterAt or (openedAt = :afterAt and id < :afterId))");
            params.and("afterAt", after.openedAt()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by openedAt desc, id desc";
        // One more than asked tells whether a next page exists without a count query.
        List<Ticket> tickets = Ticket.<Ticket>find(query, params).range(0, limit).list();
        boolean more = tickets.size() > limit;
        List<Ticket> page = more ? tickets.subList(0, limit) : tickets;
        Map<Long, String> names = customerNames(page);
        List<TicketSummary> items = page.stream().map(t -> TicketSummary.of(t, names.get(t.customerId))).toList();
        Ticket last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new TicketPage(items, more ? new InboxCursor(last.openedAt, last.id).encode() : null);
    }

    private static Map<Long, String> customerNames(List<Ticket> tickets) {
        List<Long> ids = tickets.stream().map(t -> t.customerId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Customer.<Customer>list("id in ?1", ids).stream()
                .filter(c -> c.displayName != null)
                .collect(Collectors.toMap(c -> c.id, c -> c.displayName, (a, b) -> a));
    }
}
