package org.onevoice.ticket.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;

/** Contact events as the gateway publishes them, each with identities unique to the test. */
public final class Contacts {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private Contacts() {
    }

    public static String uniqueId() {
        return Long.toString(SEQUENCE.incrementAndGet());
    }

    public static CustomerIdentity xUser(String handle) {
        return new CustomerIdentity(IdentityKind.X_USER, uniqueId(), handle, handle + " name");
    }

    public static CustomerIdentity phone() {
        String id = uniqueId();
        return new CustomerIdentity(IdentityKind.PHONE, "+316" + id.substring(id.length() - 8), null, null);
    }

    public static CustomerIdentity email() {
        return new CustomerIdentity(IdentityKind.EMAIL, "c" + uniqueId() + "@example.org", null, "Customer " + uniqueId());
    }

    public static ContactReceived tweet(CustomerIdentity who, String text, String inReplyTo, Instant at) {
        String tweetId = uniqueId();
        return new ContactReceived(EventIds.forChannelMessage(Channel.X, tweetId, ContactReceived.TYPE), Channel.X,
                tweetId, Threading.replyTo(inReplyTo), who, at, Instant.now(), "en", null, text, Map.of());
    }

    public static AnswerGiven brandTweet(CustomerIdentity to, String text, String inReplyTo, Instant at) {
        return brandTweet(uniqueId(), to, text, inReplyTo, at);
    }

    public static AnswerGiven brandTweet(String tweetId, CustomerIdentity to, String text, String inReplyTo, Instant at) {
        return new AnswerGiven(EventIds.forChannelMessage(Channel.X, tweetId, AnswerGiven.TYPE), Channel.X, tweetId,
                Threading.replyTo(inReplyTo), to, at, Instant.now(), "AcmeSupport", text, Map.of());
    }

    public static ContactReceived email(CustomerIdentity from, String messageId, String subject, String body,
                                        Threading threading, Instant at) {
        return new ContactReceived(EventIds.forChannelMessage(Channel.EMAIL, messageId, ContactReceived.TYPE), Channel.EMAIL,
                messageId, threading, from, at, Instant.now(), "en", subject, body, Map.of());
    }

    public static ContactReceived callQueued(CustomerIdentity caller, String callId, String question, Instant at) {
        return new ContactReceived(EventIds.forChannelMessage(Channel.CALL_CENTRE, callId, ContactReceived.TYPE),
                Channel.CALL_CENTRE, callId, Threading.thread(callId), caller, at, Instant.now(), "und", null, question,
                Map.of(Facts.QUEUE, "retail"));
    }

    /** A new call of the caller's, about a question of its own (made unique). */
    public static ContactReceived newCall(CustomerIdentity caller, String question, Instant at) {
        return callQueued(caller, "call-" + uniqueId(), question + " " + uniqueId(), at);
    }

    public static AnswerGiven callAnswered(CustomerIdentity caller, String callId, Instant at) {
        String id = callId + "/answered";
        return new AnswerGiven(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, AnswerGiven.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(callId), caller, at, Instant.now(), "DORIT", null, Map.of());
    }

    public static ContactEnded callAbandoned(CustomerIdentity caller, String callId, Instant at, long waited) {
        String id = callId + "/ended";
        return new ContactEnded(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, ContactEnded.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(callId), caller, at, Instant.now(), ContactEnded.Outcome.ABANDONED,
                Map.of(Facts.QUEUE_WAIT_SECONDS, Long.toString(waited)));
    }

    public static String randomMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    public static Threading emailReply(String inReplyTo, List<String> references) {
        return new Threading(null, inReplyTo, references, null);
    }
}
