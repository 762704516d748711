package org.onevoice.monitor.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.onevoice.events.v1.Channel;

/** One customer contact in event time, with what the monitor derived about its response. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "channel_message_id")
    public String channelMessageId;

    @Column(name = "thread_key")
    public String threadKey;

    /** The customer's identity on the channel, {@code KIND:value}. */
    @Column(name = "customer_ref")
    public String customerRef;

    /** The ticket service's customer, which links identities across channels; known once a ticket event names it. */
    @Column(name = "customer_id")
    public Long customerId;

    public String question;

    @Column(name = "carried_topic")
    public String carriedTopic;

    public String topic;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "abandoned_at")
    public Instant abandonedAt;

    @Column(name = "abandoned_wait_seconds")
    public Double abandonedWaitSeconds;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "wait_seconds")
    public Double waitSeconds;

    @Column(name = "ticket_id")
    public Long ticketId;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** Contacts of the conversation these channel references point to. */
    public static List<Contact> inConversation(Channel channel, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return forUpdate("channel = ?1 and (channelMessageId in ?2 or threadKey in ?2)", channel, refs);
    }

    public static List<Contact> ofTicket(long ticketId) {
        return forUpdate("ticketId = ?1", ticketId);
    }

    /** The contacts already on a ticket, and the one a ticket event names, which may not know its ticket yet. */
    public static List<Contact> ofTicketOrSource(long ticketId, String sourceEventId) {
        return forUpdate("ticketId = ?1 or sourceEventId = ?2", ticketId, sourceEventId);
    }

    /**
     * Row-locked, oldest first: a contact is derived again from facts read after its lock, so two
     * transactions that each add a fact about it cannot both derive it from half the facts.
     */
    private static List<Contact> forUpdate(String query, Object... params) {
        return Contact.<Contact>find(query + " order by id", params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
