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
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketPriority;
import org.onevoice.events.v1.TicketStatus;

@Entity
public class Ticket extends PanacheEntityBase {
    /** Shown to customers in email subjects, e.g. {@code [OV-42]}, and read back from replies. */
    public static final String TAG_PREFIX = "OV-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_id_seq", allocationSize = 50)
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

    /** The agent working on it; null while unassigned. */
    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketPriority priority = TicketPriority.NORMAL;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    /** Set when an agent merged this ticket into another one; the conversation continues there. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /**
     * The ticket, locked until the transaction ends. Every writer inside the service takes this lock,
     * so the version only ever conflicts with what a client read earlier.
     */
    public static Optional<Ticket> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The ticket that now carries the conversation of ticket {@code id}, following merges, locked
     * until the transaction ends.
     */
    public static Optional<Ticket> lockFollowingMerges(long id) {
        Optional<Ticket> ticket = lock(id);
        while (ticket.isPresent() && ticket.get().mergedInto != null) {
            ticket = lock(ticket.get().mergedInto);
        }
        return ticket;
    }

    /** Missed a due time: answered or resolved late, or still not by {@code now}. */
    public boolean slaBreached(Instant now) {
        return late(firstResponseDueAt, firstResponseAt, now) || late(resolutionDueAt, resolvedAt, now);
    }

    private static boolean late(Instant due, Instant done, Instant now) {
        return due != null && due.isBefore(done != null ? done : now);
    }

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
