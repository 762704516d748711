package org.onevoice.monitor.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onevoice.events.v1.Channel;

/** One customer contact in event time, with what the monitor derived about its response. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_id_seq", allocationSize = 50)
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
}
