package org.onevoice.monitor.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.monitor.alert.AlertEvaluator;

/**
 * Anonymises what the monitor keeps about an erased person while every figure stays the same:
 * questions and the answers given to them lose their text; the person's identity and the channel
 * references of their conversations become pseudonyms, one per value, so repeats and the joins
 * between a contact, its answers and its end still hold. The pseudonyms are hashed with a salt
 * that is never stored, so nobody can compute them from a phone number or an address again.
 * The ticket service's customer id stays: the ticket service erased what it stood for.
 *
 * <p>Runs in the intake's transaction and takes the alert evaluation's lock, so an evaluation
 * that read the texts before this commit cannot write them back into an alert after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MonitorErasure {
    private static final Logger LOG = Logger.getLogger(MonitorErasure.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The refs of the person's conversations: their messages and threads, on their channel. */
    private static final String CONVERSATION_REFS = """
            (SELECT channel, channel_message_id FROM contact WHERE id IN (:contacts)
             UNION SELECT channel, thread_key FROM contact WHERE id IN (:contacts) AND thread_key IS NOT NULL)""";

    private final EntityManager em;
    private final AlertQuotes alertQuotes;

    MonitorErasure(EntityManager em, AlertQuotes alertQuotes) {
        this.em = em;
        this.alertQuotes = alertQuotes;
    }

    public void apply(CustomerErased erasure) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, AlertEvaluator.EVALUATION_LOCK).getSingleResult();
        List<Long> contacts = contactsOf(erasure);
        Set<String> answers = new HashSet<>(answersTo(contacts, erasure.ticketIds()));
        if (!answers.isEmpty()) {
            em.createNativeQuery("UPDATE channel_answer SET body = NULL WHERE event_id IN (:answers)")
                    .setParameter("answers", answers).executeUpdate();
            em.createNativeQuery("UPDATE ticket_reply SET body = NULL WHERE event_id IN (:answers)")
                    .setParameter("answers", answers).executeUpdate();
        }
        if (!contacts.isEmpty()) {
            pseudonymise(contacts, salt());
        }
        int alerts = alertQuotes.forget(answers);
        LOG.infof("customer %d erased: %d contacts and %d answers anonymised, %d alerts stripped of their quotes",
                erasure.customerId(), contacts.size(), answers.size(), alerts);
    }

    private List<Long> contactsOf(CustomerErased erasure) {
        List<String> refs = erasure.identities().stream().map(i -> i.kind().name() + ':' + i.value()).toList();
        Map<String, List<?>> criteria = Map.of("customer_ref", refs, "ticket_id", erasure.ticketIds(), "customer_id", erasure.customerIds());
        List<String> conditions = new ArrayList<>();
        criteria.forEach((column, values) -> {
            if (!values.isEmpty()) {
                conditions.add(column + " IN (:" + column + ")");
            }
        });
        if (conditions.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT id FROM contact WHERE " + String.join(" OR ", conditions));
        criteria.forEach((column, values) -> {
            if (!values.isEmpty()) {
                query.setParameter(column, values);
            }
        });
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Answers given on the channel in the person's conversations, and agents' replies on their tickets. */
    private List<String> answersTo(List<Long> contacts, List<Long> tickets) {
        List<String> answers = new ArrayList<>();
        if (!contacts.isEmpty()) {
            answers.addAll(strings(em.createNativeQuery("SELECT event_id FROM channel_answer_ref WHERE (channel, ref) IN " + CONVERSATION_REFS
                            + " UNION SELECT event_id FROM ticket_reply WHERE ticket_id IN (SELECT ticket_id FROM contact WHERE id IN (:contacts))")
                    .setParameter("contacts", contacts)));
        }
        if (!tickets.isEmpty()) {
            answers.addAll(strings(em.createNativeQuery("SELECT event_id FROM ticket_reply WHERE ticket_id IN (:tickets)")
                    .setParameter("tickets", tickets)));
        }
        return answers;
    }

    /**
     * The refs elsewhere first, while the contacts still hold the originals to match them by; then
     * every contact of the person's identities, so their repeats still count as repeats.
     */
    private void pseudonymise(List<Long> contacts, String salt) {
        for (String table : List.of("channel_answer_ref", "contact_end")) {
            em.createNativeQuery("UPDATE " + table + " SET ref = 'erased:' || md5(:salt || channel || ':' || ref) WHERE (channel, ref) IN "
                            + CONVERSATION_REFS)
                    .setParameter("salt", salt).setParameter("contacts", contacts).executeUpdate();
        }
        em.createNativeQuery("""
                        UPDATE contact SET customer_ref = 'erased:' || md5(:salt || customer_ref)
                        WHERE customer_ref IN (SELECT customer_ref FROM contact WHERE id IN (:contacts))""")
                .setParameter("salt", salt).setParameter("contacts", contacts).executeUpdate();
        em.createNativeQuery("""
                        UPDATE contact SET question = NULL,
                               channel_message_id = 'erased:' || md5(:salt || channel || ':' || channel_message_id),
                               thread_key = 'erased:' || md5(:salt || channel || ':' || thread_key)
                        WHERE id IN (:contacts)""")
                .setParameter("salt", salt).setParameter("contacts", contacts).executeUpdate();
    }

    private static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Query query) {
        return (List<String>) query.getResultList();
    }
}
