package org.onevoice.monitor.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;

/** Many answered contacts of one topic with chosen waits, one a minute from {@code start}. */
public final class Conversations {
    private Conversations() {
    }

    public static ContactEvent[] answeredTweets(String topic, Instant start, int... waits) {
        List<ContactEvent> events = new ArrayList<>();
        for (int i = 0; i < waits.length; i++) {
            ContactReceived tweet = Events.tweet(Events.xUser(), start.plusSeconds(60L * i), topic);
            events.add(tweet);
            events.add(Events.brandReply(tweet, tweet.channelTimestamp().plusSeconds(waits[i]), "Thanks, we are on it"));
        }
        return events.toArray(ContactEvent[]::new);
    }

    public static ContactEvent[] answeredCalls(String topic, Instant start, int... waits) {
        List<ContactEvent> events = new ArrayList<>();
        for (int i = 0; i < waits.length; i++) {
            ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), start.plusSeconds(60L * i), topic);
            events.add(call);
            events.add(Events.callAnswered(call, call.channelTimestamp().plusSeconds(waits[i]), null, null));
        }
        return events.toArray(ContactEvent[]::new);
    }

    /** {@code count} waits from {@code first} in steps of {@code step}. */
    public static int[] steps(int first, int step, int count) {
        int[] waits = new int[count];
        for (int i = 0; i < count; i++) {
            waits[i] = first + step * i;
        }
        return waits;
    }

    public static int[] same(int wait, int count) {
        return steps(wait, 0, count);
    }
}
