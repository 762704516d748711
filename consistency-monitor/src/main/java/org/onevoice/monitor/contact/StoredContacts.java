package org.onevoice.monitor.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.onevoice.monitor.contact.AffectedContacts.ConversationRef;

/**
 * Finds the stored contacts a batch's facts are about, row-locked, oldest first: a contact is
 * derived again from facts read after its lock, so two transactions that each add a fact about it
 * cannot both derive it from half the facts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredContacts {
    private final EntityManager em;

    StoredContacts(EntityManager em) {
        this.em = em;
    }

    public List<Contact> lockedFor(AffectedContacts affected) {
        if (!affected.anyStored()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        // One index look-up per key; an OR of the four conditions would scan the table.
        Jdbc.query(em, """
                        SELECT id FROM contact WHERE id IN (
                            SELECT c.id FROM unnest(?, ?) AS r (channel, ref)
                                JOIN contact c ON c.channel = r.channel AND c.channel_message_id = r.ref
                            UNION SELECT c.id FROM unnest(?, ?) AS r (channel, ref)
                                JOIN contact c ON c.channel = r.channel AND c.thread_key = r.ref AND c.thread_key IS NOT NULL
                            UNION SELECT c.id FROM contact c WHERE c.ticket_id = ANY(?) AND c.ticket_id IS NOT NULL
                            UNION SELECT c.id FROM contact c WHERE c.source_event_id = ANY(?))
                        ORDER BY id FOR UPDATE""", statement -> {
            var connection = statement.getConnection();
            Object[] channels = affected.conversations().stream().map(c -> c.channel().name()).toArray();
            Object[] refs = affected.conversations().stream().map(ConversationRef::ref).toArray();
            statement.setArray(1, connection.createArrayOf("text", channels));
            statement.setArray(2, connection.createArrayOf("text", refs));
            statement.setArray(3, connection.createArrayOf("text", channels));
            statement.setArray(4, connection.createArrayOf("text", refs));
            statement.setArray(5, connection.createArrayOf("bigint", affected.tickets().toArray()));
            statement.setArray(6, connection.createArrayOf("text", affected.sources().toArray()));
        }, row -> ids.add(row.getLong(1)));
        return ids.isEmpty() ? List.of() : Contact.list("id in ?1 order by id", ids);
    }
}
