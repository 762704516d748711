package org.onevoice.ticket.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

/**
 * Erases a person's personal data (GDPR art. 17) in one transaction: names, identities, every text
 * of their tickets and the channel references that could find them again. The tickets stay with
 * channel, times, status and topic so statistics do not change. The audit row and the
 * {@link CustomerErased} event for the other services commit with the erasure or not at all.
 *
 * <p>A person is the customer asked for together with every customer merged with it: an agent
 * said they are the same person, so erasing one of them erases all.
 */
@ApplicationScoped
public class CustomerErasure {
    private static final Logger LOG = Logger.getLogger(CustomerErasure.class);

    private final EntityManager em;
    private final CustomerDirectory directory;
    private final Outbox outbox;
    private final TicketStream stream;

    CustomerErasure(EntityManager em, CustomerDirectory directory, Outbox outbox, TicketStream stream) {
        this.em = em;
        this.directory = directory;
        this.outbox = outbox;
        this.stream = stream;
    }

    @Transactional
    @RunAgainOnLostConflict
    public ErasureReceipt erase(long customerId, String erasedBy) {
        List<Long> person = lockPerson(customerId);
        List<ErasedIdentity> identities = identities(person);
        List<Long> tickets = tickets(person);
        int messages = tickets.isEmpty() ? 0 : eraseConversations(tickets);
        update("DELETE FROM customer_identity WHERE customer_id IN (?1)", person);
        Instant erasedAt = Instant.now();
        em.createNativeQuery("UPDATE customer SET display_name = NULL, erased_at = ?2 WHERE id IN (?1)")
                .setParameter(1, person)
                .setParameter(2, Timestamp.from(erasedAt))
                .executeUpdate();

        var event = new CustomerErased(UUID.randomUUID().toString(), customerId, person, identities, tickets, erasedAt);
        var receipt = new ErasureReceipt(customerId, person, identities.size(), tickets, messages, erasedBy, erasedAt, event.eventId());
        audit(receipt);
        outbox.append(event);
        tickets.forEach(ticket -> stream.announceAfterCommit(new TicketChange(ticket, CustomerErased.TYPE)));
        LOG.infof("customer %d erased by %s: %d customer records, %d identities, %d tickets, %d messages",
                customerId, erasedBy, person.size(), identities.size(), tickets.size(), messages);
        return receipt;
    }

    /**
     * The whole person, locked against merges, links and a concurrent erasure; 404 once erased.
     * NO KEY UPDATE, as for the tickets: the erasure changes no key, and a stronger lock would also hold up
     * the foreign-key checks of work on the person's tickets (PostgreSQL checks the key again when a
     * transaction updates a row it already updated, as the SLA watch does). That work would wait for
     * the erasure while the erasure waits for it: a deadlock.
     */
    private List<Long> lockPerson(long customerId) {
        List<?> found = em.createNativeQuery("SELECT erased_at FROM customer WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, customerId)
                .getResultList();
        if (found.isEmpty() || found.get(0) != null) {
            throw ProblemException.notFound("customer " + customerId);
        }
        List<Long> person = directory.group(customerId);
        em.createNativeQuery("SELECT id FROM customer WHERE id IN (?1) ORDER BY id FOR NO KEY UPDATE")
                .setParameter(1, person)
                .getResultList();
        return person;
    }

    private List<ErasedIdentity> identities(List<Long> person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, value FROM customer_identity WHERE customer_id IN (?1) ORDER BY id")
                .setParameter(1, person)
                .getResultList();
        return rows.stream().map(r -> new ErasedIdentity(IdentityKind.valueOf((String) r[0]), (String) r[1])).toList();
    }

    /** The person's tickets, locked in id order, as every other work on several tickets locks them. */
    private List<Long> tickets(List<Long> person) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM ticket WHERE customer_id IN (?1) ORDER BY id FOR NO KEY UPDATE")
                .setParameter(1, person)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Texts go, including agents' replies and notes, which address and describe the customer; the
     * search vector is generated from them and empties itself. Agents' names stay: they are not
     * the customer's data. The version moves so an agent's open edit of the old text is refused.
     */
    private int eraseConversations(List<Long> tickets) {
        update("UPDATE ticket SET subject = NULL, version = version + 1 WHERE id IN (?1)", tickets);
        update("DELETE FROM thread_ref WHERE ticket_id IN (?1)", tickets);
        return update("""
                UPDATE message SET subject = NULL, body = NULL, channel_message_id = NULL, delivery_failure = NULL,
                                   author = CASE WHEN direction = 'INBOUND' THEN NULL ELSE author END
                WHERE ticket_id IN (?1)""", tickets);
    }

    private void audit(ErasureReceipt receipt) {
        em.createNativeQuery("""
                        INSERT INTO erasure_audit (customer_id, customer_ids, erased_by, erased_at, event_id,
                                                   identities_erased, tickets_erased, messages_erased)
                        VALUES (?1, CAST(?2 AS bigint[]), ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, receipt.customerId())
                .setParameter(2, receipt.customerIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, receipt.erasedBy())
                .setParameter(4, Timestamp.from(receipt.erasedAt()))
                .setParameter(5, receipt.eventId())
                .setParameter(6, receipt.identities())
                .setParameter(7, receipt.ticketIds().size())
                .setParameter(8, receipt.messages())
                .executeUpdate();
    }

    private int update(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
    }
}
