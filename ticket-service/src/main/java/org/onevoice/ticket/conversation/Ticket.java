package org.onevoice.ticket.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;

@Entity
public class Ticket extends PanacheEntityBase {
    /** Shown to customers in email subjects, e.g. {@code [OV-42]}, and read back from replies. */
    public static final String TAG_PREFIX = "OV-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status = TicketStatus.NEW;

    public String subject;

    public String topic;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public String tag() {
        return TAG_PREFIX + id;
    }

    /** Records an answer; only the first one counts as the first response. */
    public void answeredAt(Instant at) {
        if (firstResponseAt == null || at.isBefore(firstResponseAt)) {
            firstResponseAt = at;
        }
        touch(at);
    }

    public void touch(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }
}
