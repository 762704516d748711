package org.onevoice.ticket.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.customer.CustomerDirectory;

/**
 * Inbox listing: filters plus keyset pagination in a stable order. Native SQL because the search
 * uses PostgreSQL text search over the messages' generated tsvector column.
 */
@ApplicationScoped
public class InboxQuery {
    /** A due time missed: answered or resolved late, or not yet by now. */
    private static final String BREACHED = "(coalesce(t.first_response_due_at < coalesce(t.first_response_at, :now), false)"
            + " or coalesce(t.resolution_due_at < coalesce(t.resolved_at, :now), false))";

    private final EntityManager em;
    private final CustomerDirectory customers;

    InboxQuery(EntityManager em, CustomerDirectory customers) {
        this.em = em;
        this.customers = customers;
    }

    public TicketPage page(InboxFilter filter, InboxCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.channel() != null) {
            where.add("t.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.assignee() != null) {
            where.add("t.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.topic() != null) {
            where.add("t.topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.slaBreached() != null) {
            where.add(filter.slaBreached() ? BREACHED : "not " + BREACHED);
            params.put("now", Instant.now());
        }
        if (filter.q() != null) {
            where.add("t.id in (select m.ticket_id from message m where m.search @@ "
                    + "(websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q)))");
            params.put("q", filter.q());
        }
        if (after != null) {
            where.add("(t.opened_at, t.id) < (:afterAt, :afterId)");
            params.put("afterAt", after.openedAt());
            params.put("afterId", after.id());
        }
        String sql = "select t.* from ticket t" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                // One more than asked tells whether a next page exists without a count query. A literal,
                // not a parameter: once the driver prepares the statement, PostgreSQL may plan it once for
                // any limit, and a plan for an unknown limit sorts the whole table instead of reading the
                // inbox index. The limit is a validated int.
                + " order by t.opened_at desc, t.id desc limit " + (limit + 1);
        Query query = em.createNativeQuery(sql, Ticket.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Ticket> tickets = query.getResultList();
        boolean more = tickets.size() > limit;
        List<Ticket> page = more ? tickets.subList(0, limit) : tickets;
        customers.load(page.stream().map(t -> t.customerId).toList());
        List<TicketSummary> items = page.stream().map(t -> TicketSummary.of(t, customers.current(t.customerId))).toList();
        Ticket last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new TicketPage(items, more ? new InboxCursor(last.openedAt, last.id).encode() : null);
    }
}
