package org.onevoice.gateway.callcentre;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.gateway.language.LanguageDetector;

/**
 * The contact events one call-centre event stands for. Every event of a call is preceded by the
 * call's {@link ContactReceived}: a call answered without queueing, or whose QUEUED event was lost,
 * is still a contact. Ids are a function of the call id and what happened, so a repeated webhook
 * or the repeated ContactReceived is recognised as the same event by every consumer.
 */
final class CallContacts {
    private CallContacts() {
    }

    /**
     * @param call everything known about the call including this event; its caller must be known
     */
    static List<ContactEvent> of(CallEvent event, CallState call, Instant ingestedAt) {
        ContactReceived received = received(event, call, ingestedAt);
        return switch (event.type()) {
            case QUEUED -> List.of(received);
            case ANSWERED -> List.of(received, answer(event, call, ingestedAt, "answered", null,
                    withWait(queueFacts(call), call, event.at())));
            case WRAP_UP -> List.of(received, answer(event, call, ingestedAt, "wrap-up", event.answer(),
                    wrapUpFacts(event, call)));
            case ABANDONED -> List.of(received, ended(event, call, ingestedAt, ContactEnded.Outcome.ABANDONED,
                    withWait(queueFacts(call), call, event.at())));
            case ENDED -> List.of(received, ended(event, call, ingestedAt, ContactEnded.Outcome.COMPLETED, queueFacts(call)));
        };
    }

    private static ContactReceived received(CallEvent event, CallState call, Instant ingestedAt) {
        Instant calledAt = call.queuedAt() != null ? call.queuedAt() : event.at();
        return new ContactReceived(EventIds.forChannelMessage(Channel.CALL_CENTRE, call.callId(), ContactReceived.TYPE),
                Channel.CALL_CENTRE, call.callId(), Threading.thread(call.callId()), caller(call), calledAt, ingestedAt,
                LanguageDetector.detect(call.question()), null, call.question(), queueFacts(call));
    }

    private static AnswerGiven answer(CallEvent event, CallState call, Instant ingestedAt, String step, String body,
                                      Map<String, String> facts) {
        String id = call.callId() + '/' + step;
        return new AnswerGiven(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, AnswerGiven.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(call.callId()), caller(call), event.at(), ingestedAt, event.agent(), body, facts);
    }

    private static ContactEnded ended(CallEvent event, CallState call, Instant ingestedAt, ContactEnded.Outcome outcome,
                                      Map<String, String> facts) {
        String id = call.callId() + "/ended";
        return new ContactEnded(EventIds.forChannelMessage(Channel.CALL_CENTRE, id, ContactEnded.TYPE), Channel.CALL_CENTRE,
                id, Threading.thread(call.callId()), caller(call), event.at(), ingestedAt, outcome, facts);
    }

    private static CustomerIdentity caller(CallState call) {
        return new CustomerIdentity(IdentityKind.PHONE, call.caller(), null, null);
    }

    private static Map<String, String> queueFacts(CallState call) {
        Map<String, String> facts = new HashMap<>();
        if (call.queue() != null) {
            facts.put(Facts.QUEUE, call.queue());
        }
        return facts;
    }

    /** The wait is only stated when the queue time is known: a guessed wait would skew response times. */
    private static Map<String, String> withWait(Map<String, String> facts, CallState call, Instant until) {
        if (call.queuedAt() != null) {
            long seconds = Math.max(0, Duration.between(call.queuedAt(), until).toSeconds());
            facts.put(Facts.QUEUE_WAIT_SECONDS, Long.toString(seconds));
        }
        return facts;
    }

    private static Map<String, String> wrapUpFacts(CallEvent event, CallState call) {
        Map<String, String> facts = queueFacts(call);
        String question = event.question() != null ? event.question() : call.question();
        if (question != null) {
            facts.put(Facts.QUESTION, question);
        }
        if (event.topic() != null) {
            facts.put(Facts.TOPIC, event.topic());
        }
        return facts;
    }
}
