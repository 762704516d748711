package org.onevoice.monitor.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.CustomerMessageAdded;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.events.v1.Threading;

/**
 * Events as the gateway and the ticket service publish them (calls as the call-centre adapter
 * reports them: queued with the call id as thread key, answered as {@code callId/answered},
 * abandoned with the queue wait), each with identities unique to the test.
 */
public final class Events {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private Events() {
    }

    public static String uniqueId() {
        return Long.toString(SEQUENCE.incrementAndGet());
    }

    public static long ticketId() {
        return SEQUENCE.incrementAndGet();
    }

    public static CustomerIdentity xUser() {
        String id = uniqueId();
        return new CustomerIdentity(IdentityKind.X_USER, id, "user" + id, null);
    }

    public static CustomerIdentity phone() {
        return new CustomerIdentity(IdentityKind.PHONE, "+31" + uniqueId(), null, null);
    }

    public static CustomerIdentity email() {
        return new CustomerIdentity(IdentityKind.EMAIL, "c" + uniqueId() + "@example.org", null, null);
    }

    public static ContactReceived tweet(CustomerIdentity who, Instant at, String topic) {
        return tweet(who, at, topic, "@Acme question " + uniqueId());
    }

    public static ContactReceived tweet(CustomerIdentity who, Instant at, String topic, String text) {
        String tweetId = uniqueId();
        return new ContactReceived(EventIds.forChannelMessage(Channel.X, tweetId, ContactReceived.TYPE), Channel.X, tweetId,
                Threading.none(), who, at, Instant.now(), "en", null, text, topicFacts(topic));
    }

    public static AnswerGiven brandReply(ContactReceived tweet, Instant at, String body) {
        String tweetId = uniqueId();
        return new AnswerGiven(EventIds.forChannelMessage(Channel.X, tweetId, AnswerGiven.TYPE), Channel.X, tweetId,
                Threading.replyTo(tweet.channelMessageId()), tweet.customer(), at, Instant.now(), "AcmeSupport", body, Map.of());
    }

    public static ContactReceived email(CustomerIdentity from, Instant at, String topic) {
        return email(from, at, topic, "Hello, a question.");
    }

    public static ContactReceived email(CustomerIdentity from, Instant at, String topic, String body) {
        String messageId = "<" + uniqueId() + "@mail.example.org>";
        return new ContactReceived(EventIds.forChannelMessage(Channel.EMAIL, messageId, ContactReceived.TYPE), Channel.EMAIL,
                messageId, Threading.none(), from, at, Instant.now(), "en", "Question", body, topicFacts(topic));
    }

    public static ContactReceived callQueued(CustomerIdentity caller, String callId, Instant at, String topic) {
        Map<String, String> facts = new HashMap<>(topicFacts(topic));
        facts.put(Facts.QUEUE, "retail");
        return new ContactReceived(EventIds.forChannelMessage(Channel.CALL_CENTRE, callId, ContactReceived.TYPE),
                Channel.CALL_CENTRE, callId, Threading.thread(callId), caller, at, Instant.now(), "und", null, null, facts);
    }

    public static AnswerGiven callAnswered(ContactReceived call, Instant at, String body, String wrapUpTopic) {
        String id = call.channelMessageId() + "/answered";
        return new AnswerGiven(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, AnswerGiven.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(call.channelMessageId()), call.customer(), at, Instant.now(), "DORIT", body,
                topicFacts(wrapUpTopic));
    }

    public static ContactEnded callAbandoned(ContactReceived call, long waitedSeconds) {
        String id = call.channelMessageId() + "/ended";
        return new ContactEnded(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, ContactEnded.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(call.channelMessageId()), call.customer(), call.channelTimestamp().plusSeconds(waitedSeconds),
                Instant.now(), ContactEnded.Outcome.ABANDONED, Map.of(Facts.QUEUE_WAIT_SECONDS, Long.toString(waitedSeconds)));
    }

    public static TicketOpened ticketOpened(long ticketId, ContactReceived source, String topic) {
        return ticketOpened(ticketId, ticketId, source, topic);
    }

    /** A ticket of a customer the ticket service knows on several channels. */
    public static TicketOpened ticketOpened(long ticketId, long customerId, ContactReceived source, String topic) {
        return new TicketOpened(UUID.randomUUID().toString(), ticketId, customerId, source.channel(), source.channelTimestamp(),
                source.eventId(), "subject", topic);
    }

    public static AgentReplied agentReplied(long ticketId, Channel channel, Instant at, String body) {
        return new AgentReplied(UUID.randomUUID().toString(), ticketId, ticketId, channel, at, SEQUENCE.incrementAndGet(),
                channel, AgentReplied.Origin.ONEVOICE, "agent", body, null, null, null);
    }

    public static CustomerMessageAdded messageAdded(long ticketId, ContactReceived source) {
        return new CustomerMessageAdded(UUID.randomUUID().toString(), ticketId, ticketId, source.channel(),
                source.channelTimestamp(), SEQUENCE.incrementAndGet(), source.eventId());
    }

    /** The ticket service's record of an answer given on the channel, as it publishes one for every {@code AnswerGiven} on a ticket. */
    public static AgentReplied answerRecorded(long ticketId, AnswerGiven answer) {
        return new AgentReplied(UUID.randomUUID().toString(), ticketId, ticketId, answer.channel(), answer.channelTimestamp(),
                SEQUENCE.incrementAndGet(), answer.channel(), AgentReplied.Origin.CHANNEL, answer.agent(), answer.body(),
                answer.customer(), answer.threading().inReplyTo(), null);
    }

    public static TicketStatusChanged resolved(long ticketId, Channel channel, Instant at) {
        return new TicketStatusChanged(UUID.randomUUID().toString(), ticketId, ticketId, channel, at, TicketStatus.OPEN,
                TicketStatus.RESOLVED, "agent");
    }

    private static Map<String, String> topicFacts(String topic) {
        return topic == null ? Map.of() : Map.of(Facts.TOPIC, topic);
    }
}
