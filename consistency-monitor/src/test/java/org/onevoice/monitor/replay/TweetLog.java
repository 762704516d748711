package org.onevoice.monitor.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Events;

/**
 * Generated customer-support tweets in the shape of TWCS: a customer's tweet and, for most, the
 * brand's reply to it after a log-normal wait; the rest stay unanswered, waits censored at the end
 * of the queried range.
 */
record TweetLog(List<Tweet> tweets) {

    /** A customer tweet and the brand's reply to it, null when it got none. */
    record Tweet(Instant at, Long replySeconds) {
    }

    static TweetLog generate(Random random, Instant start, int hours, int tweets, double medianReplySeconds, double answeredShare) {
        List<Tweet> generated = new ArrayList<>();
        for (int i = 0; i < tweets; i++) {
            Instant at = start.plusSeconds(random.nextInt(hours * 3600));
            Long reply = random.nextDouble() < answeredShare
                    ? Math.max(1, Math.round(medianReplySeconds * Math.exp(0.8 * random.nextGaussian())))
                    : null;
            generated.add(new Tweet(at, reply));
        }
        return new TweetLog(generated);
    }

    List<ReferenceKaplanMeier.Wait> waits(Instant horizon) {
        return tweets.stream().map(t -> t.replySeconds() != null
                ? new ReferenceKaplanMeier.Wait(t.replySeconds(), true)
                : new ReferenceKaplanMeier.Wait(Duration.between(t.at(), horizon).toSeconds(), false)).toList();
    }

    long answered() {
        return tweets.stream().filter(t -> t.replySeconds() != null).count();
    }

    /** What the X webhook makes of the customer's tweet and the brand account's reply. */
    List<ContactEvent> gatewayEvents(String topic) {
        List<ContactEvent> events = new ArrayList<>();
        for (Tweet t : tweets) {
            ContactReceived tweet = Events.tweet(Events.xUser(), t.at(), topic);
            events.add(tweet);
            if (t.replySeconds() != null) {
                AnswerGiven reply = Events.brandReply(tweet, t.at().plusSeconds(t.replySeconds()), "We have sent you a DM");
                events.add(reply);
            }
        }
        return events;
    }
}
