package org.onevoice.monitor.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerMessageAdded;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.Threading;

/**
 * The keys by which {@link ContactLedger} joins facts to contacts, as {@link
 * org.onevoice.monitor.intake.IntakeLocks} locks them: a fact and the contact it is about always
 * share one. Answers and call ends meet their contact in its conversation on the channel, ticket
 * links meet it by the contact event they name, replies and status changes meet it through its
 * ticket. Missing values give null keys, which are not locked.
 */
public final class JoinKeys {
    private JoinKeys() {
    }

    public static Collection<String> of(ContactEvent event) {
        List<String> keys = new ArrayList<>();
        if (event instanceof ContactReceived received) {
            keys.add(source(received.eventId()));
            keys.add(conversation(received.channel(), received.channelMessageId()));
            if (received.threading() != null) {
                keys.add(conversation(received.channel(), received.threading().threadKey()));
            }
        } else if (event instanceof AnswerGiven answer && answer.threading() != null) {
            Threading threading = answer.threading();
            keys.add(conversation(answer.channel(), threading.threadKey()));
            keys.add(conversation(answer.channel(), threading.inReplyTo()));
            if (threading.references() != null) {
                threading.references().forEach(ref -> keys.add(conversation(answer.channel(), ref)));
            }
        } else if (event instanceof ContactEnded ended && ended.threading() != null) {
            keys.add(conversation(ended.channel(), ended.threading().threadKey()));
            keys.add(conversation(ended.channel(), ended.threading().inReplyTo()));
        }
        return keys;
    }

    public static Collection<String> of(TicketEvent event) {
        List<String> keys = new ArrayList<>();
        keys.add(ticket(event.ticketId()));
        if (event instanceof TicketOpened opened) {
            keys.add(source(opened.sourceEventId()));
        } else if (event instanceof CustomerMessageAdded added) {
            keys.add(source(added.sourceEventId()));
        }
        return keys;
    }

    static String ticket(long ticketId) {
        return "ticket|" + ticketId;
    }

    private static String source(String contactEventId) {
        return contactEventId == null ? null : "source|" + contactEventId;
    }

    private static String conversation(Channel channel, String ref) {
        return ref == null ? null : "conversation|" + channel + "|" + ref;
    }
}
