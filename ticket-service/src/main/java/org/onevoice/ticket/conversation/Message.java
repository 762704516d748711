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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;

@Entity
public class Message extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", sequenceName = "message_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "channel_message_id")
    public String channelMessageId;

    @Enumerated(EnumType.STRING)
    public AgentReplied.Origin origin;

    public String author;

    public String subject;

    public String body;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_state")
    public DeliveryState deliveryState;

    /** Why the channel did not take the reply, as the gateway reported it. */
    @Column(name = "delivery_failure")
    public String deliveryFailure;

    /** The client's key for the request that created this reply, so a repeated request finds it. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** Records an internal note on the ticket, for agents only. */
    public static Message note(Ticket ticket, String author, String body, Instant at) {
        Message note = new Message();
        note.ticketId = ticket.id;
        note.direction = MessageDirection.NOTE;
        note.channel = ticket.channel;
        note.author = author;
        note.body = body;
        note.sentAt = at;
        note.persist();
        return note;
    }

    /** Moves the whole conversation of one ticket to another. */
    public static void moveAll(long fromTicketId, long toTicketId) {
        update("ticketId = ?1 where ticketId = ?2", toTicketId, fromTicketId);
    }

    public static List<Message> ofTicket(long ticketId) {
        return list("ticketId = ?1 order by sentAt, id", ticketId);
    }

    /** The latest messages of all the given tickets, oldest first. */
    public static List<Message> latestOfTickets(List<Long> ticketIds, int limit) {
        List<Message> latest = new ArrayList<>(find("ticketId in ?1 order by sentAt desc, id desc", ticketIds)
                .<Message>range(0, limit - 1).list());
        Collections.reverse(latest);
        return latest;
    }

    /** The reply an agent's request with this Idempotency-Key stored. */
    public static Optional<Message> byIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** A message's id on its channel: the channel's own ids are unique per channel only. */
    public record ChannelId(Channel channel, String id) {
    }

    public ChannelId channelId() {
        return new ChannelId(channel, channelMessageId);
    }

    public static List<Message> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** The messages the channels know by these ids, with one query. */
    public static List<Message> byChannelIds(Collection<ChannelId> ids) {
        Set<ChannelId> wanted = Set.copyOf(ids);
        List<Message> candidates = list("channel in ?1 and channelMessageId in ?2",
                wanted.stream().map(ChannelId::channel).distinct().toList(), wanted.stream().map(ChannelId::id).distinct().toList());
        return candidates.stream().filter(m -> wanted.contains(m.channelId())).toList();
    }

    /** The message a channel knows by this id, e.g. a tweet or an email's Message-ID. */
    public static Optional<Message> byChannelId(Channel channel, String channelMessageId) {
        if (channelMessageId == null) {
            return Optional.empty();
        }
        return find("channel = ?1 and channelMessageId = ?2", channel, channelMessageId).firstResultOptional();
    }

    /**
     * The channel's id of the customer's latest message on a channel: what a reply on that channel
     * answers. Plain JDBC: through Hibernate, which translated the query anew each time, this was a
     * third of the samples in {@code ReplyService.reply} (docs/performance.md, thirteenth session).
     * It does not flush the session first: callers read this before they write.
     */
    public static Optional<String> lastInboundChannelId(long ticketId, Channel channel) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT channel_message_id FROM message
                    WHERE ticket_id = ? AND channel = ? AND direction = ?
                    ORDER BY sent_at DESC, id DESC LIMIT 1""")) {
                select.setLong(1, ticketId);
                select.setString(2, channel.name());
                select.setString(3, MessageDirection.INBOUND.name());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
