package org.onevoice.ticket.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.ticket.conversation.Ticket;

/**
 * Finds the customer behind a channel identity, creating one for an identity never seen before.
 * Customers are never merged here on weak evidence such as an equal display name: only an agent
 * links identities.
 */
@ApplicationScoped
public class CustomerDirectory {
    private final EntityManager em;

    CustomerDirectory(EntityManager em) {
        this.em = em;
    }

    /**
     * The customers behind the identities of a batch of contacts, keyed by kind and value: the
     * known ones found with one query each for identities and customers, new ones created together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<IdentityKey, Customer> resolveAll(Collection<CustomerIdentity> identities) {
        Map<IdentityKey, CustomerIdentity> latest = new LinkedHashMap<>();
        identities.forEach(identity -> latest.put(IdentityKey.of(identity), identity));
        Map<IdentityKey, CustomerIdentityEntity> known = new HashMap<>();
        CustomerIdentityEntity.known(latest.keySet()).forEach(entity -> known.put(new IdentityKey(entity.kind, entity.value), entity));
        load(known.values().stream().map(e -> e.customerId).toList());
        Map<IdentityKey, Customer> customers = new HashMap<>();
        latest.forEach((key, identity) -> {
            CustomerIdentityEntity entity = known.get(key);
            if (entity != null) {
                refresh(entity, identity);
                customers.put(key, current(entity.customerId));
            } else {
                customers.put(key, create(identity));
            }
        });
        if (customers.size() > known.size()) {
            // Two consumers may meet the same new identity at once; the unique constraint lets one win.
            em.flush();
        }
        return customers;
    }

    private static Customer create(CustomerIdentity identity) {
        Customer customer = new Customer();
        customer.displayName = firstNonBlank(identity.displayName(), identity.handle(), identity.value());
        customer.persist();
        CustomerIdentityEntity entity = new CustomerIdentityEntity();
        entity.customerId = customer.id;
        entity.kind = identity.kind();
        entity.value = identity.value();
        entity.handle = identity.handle();
        entity.displayName = identity.displayName();
        entity.persist();
        return customer;
    }

    /**
     * Loads customers into the session with one query, so that {@link #current} finds them there
     * instead of asking the database for each.
     */
    public void load(Collection<Long> customerIds) {
        if (!customerIds.isEmpty()) {
            em.createQuery("from Customer where id in :ids", Customer.class)
                    .setParameter("ids", customerIds.stream().distinct().toList())
                    .getResultList();
        }
    }

    /** The customer that now stands for {@code customerId}, following merges. */
    public Customer current(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        while (customer.mergedInto != null) {
            customer = em.find(Customer.class, customer.mergedInto);
        }
        return customer;
    }

    /**
     * {@code merged}: the customer ?1 and every customer merged into it. Each step looks up the
     * customers merged into the previous ones through the merged_into index. Joined plainly, a table
     * not analysed yet (a young or fast-growing one) was hash-joined with a scan of every customer,
     * for every call contact; OFFSET 0 keeps the look-up a parameterised one.
     */
    private static final String MERGED = "WITH RECURSIVE " + mergedFrom("SELECT CAST(?1 AS bigint)");

    /** The CTE {@code merged}: the customer(s) {@code root} selects, and every customer merged into them. */
    private static String mergedFrom(String root) {
        return """
                merged(id) AS (
                    %s
                    UNION SELECT x.id FROM merged m
                          CROSS JOIN LATERAL (SELECT c.id FROM customer c WHERE c.merged_into = m.id OFFSET 0) x)
                """.formatted(root);
    }

    /**
     * The newest identity of a kind in the group of the customer {@code ?}, following the merges up
     * to the customer that now stands for it ({@code up}), then down to everyone merged into that one.
     */
    private static final String NEWEST_IDENTITY = """
            WITH RECURSIVE up(id, merged_into) AS (
                SELECT c.id, c.merged_into FROM customer c WHERE c.id = ?
                UNION ALL SELECT p.id, p.merged_into FROM up u
                          CROSS JOIN LATERAL (SELECT c.id, c.merged_into FROM customer c WHERE c.id = u.merged_into OFFSET 0) p),
            """ + mergedFrom("SELECT id FROM up WHERE merged_into IS NULL") + """
            SELECT n.value, n.handle, n.display_name FROM merged m
            CROSS JOIN LATERAL (SELECT i.value, i.handle, i.display_name, i.created_at, i.id
                                FROM customer_identity i WHERE i.customer_id = m.id AND i.kind = ?
                                ORDER BY i.created_at DESC, i.id LIMIT 1) n
            ORDER BY n.created_at DESC, n.id LIMIT 1""";

    /** The customer {@code customerId} now stands for, and every customer merged into it. */
    public List<Long> group(long customerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(MERGED + "SELECT id FROM merged ORDER BY id")
                .setParameter(1, current(customerId).id)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * The newest identity of {@code kind} in the customer's group, where an answer reaches them now.
     * Read as values in one statement, merges included: loading the group's identities as entities to
     * pick one was the largest part of what an agent's reply cost (docs/performance.md, fifth
     * session), and through Hibernate's native query, after a look-up of the customer, this was still
     * a fifth of the reply (thirteenth session). Each customer of the group is looked up on its own,
     * through the customer_identity_newest index: joined with the group as a set, a table whose
     * statistics lagged its growth was read whole for the kind. Plain JDBC does not flush the session
     * first: callers read this before they write.
     */
    public Optional<CustomerIdentity> newestIdentity(long customerId, IdentityKind kind) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(NEWEST_IDENTITY)) {
                select.setLong(1, customerId);
                select.setString(2, kind.name());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new CustomerIdentity(kind, rows.getString(1), rows.getString(2), rows.getString(3)))
                            : Optional.<CustomerIdentity>empty();
                }
            }
        });
    }

    /** A ticket as of its last activity. */
    public record TicketActivity(long ticketId, Instant lastActivityAt) {
    }

    /**
     * For each customer group (named by the customer the others are merged into), its unresolved
     * ticket on {@code channel} with the latest activity since {@code since}, as stored: one
     * statement for a whole batch of contacts. Asked per call contact, with an IN list that
     * Hibernate translated anew every time, this took 40 % of the intake's CPU and a round trip
     * per call (docs/performance.md, eighth session). Each step is a parameterised look-up for the
     * reason given at {@link #MERGED}.
     */
    public Map<Long, TicketActivity> latestUnresolvedTickets(Collection<Long> groups, Channel channel, Instant since) {
        Map<Long, TicketActivity> latest = new HashMap<>();
        if (groups.isEmpty()) {
            return latest;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    WITH RECURSIVE merged(grp, id) AS (
                        SELECT g, g FROM unnest(?::bigint[]) g
                        UNION SELECT m.grp, x.id FROM merged m
                              CROSS JOIN LATERAL (SELECT c.id FROM customer c WHERE c.merged_into = m.id OFFSET 0) x)
                    SELECT DISTINCT ON (m.grp) m.grp, t.id, t.last_activity_at FROM merged m
                    CROSS JOIN LATERAL (SELECT t.id, t.last_activity_at FROM ticket t
                                        WHERE t.customer_id = m.id AND t.channel = ? AND t.status IN ('NEW', 'OPEN', 'PENDING')
                                          AND t.last_activity_at >= ? OFFSET 0) t
                    ORDER BY m.grp, t.last_activity_at DESC, t.id DESC""")) {
                select.setArray(1, connection.createArrayOf("bigint", groups.stream().distinct().toArray()));
                select.setString(2, channel.name());
                select.setObject(3, since.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        latest.put(rows.getLong(1), new TicketActivity(rows.getLong(2), rows.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        });
        return latest;
    }

    /** The tickets of a customer group, oldest first. */
    public List<Ticket> tickets(List<Long> group) {
        return Ticket.list("customerId in ?1 order by openedAt, id", group);
    }

    /** The identities of a customer and of everyone merged into it. */
    public List<CustomerIdentityEntity> identities(long customerId) {
        return CustomerIdentityEntity.list("customerId in ?1 order by id", group(customerId));
    }

    /** Handles and display names change on X; keep the latest the channel told us. */
    private static void refresh(CustomerIdentityEntity entity, CustomerIdentity identity) {
        if (identity.handle() != null && !identity.handle().equals(entity.handle)) {
            entity.handle = identity.handle();
        }
        if (identity.displayName() != null && !identity.displayName().equals(entity.displayName)) {
            entity.displayName = identity.displayName();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
