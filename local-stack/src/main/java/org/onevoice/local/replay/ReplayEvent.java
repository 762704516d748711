package org.onevoice.local.replay;

import java.time.Duration;
import java.time.Instant;

/** Something a channel reported, read from a data set, to be sent to the gateway at its time. */
public sealed interface ReplayEvent permits ReplayEvent.Call, ReplayEvent.Tweet {

    Instant at();

    /** Events with the same key are sent one after another, in time order. */
    String orderingKey();

    ReplayEvent shiftedBy(Duration shift);

    /**
     * One step of a call's lifecycle, as the call-centre webhook takes it; a {@code WRAP_UP} may
     * carry the answer the agent gave and the topic the agent chose.
     */
    record Call(String callId, String type, Instant at, String caller, String queue, String agent, String question,
                String answer, String topic) implements ReplayEvent {
        /** A step without an answer or topic, which is all a call log says. */
        public Call(String callId, String type, Instant at, String caller, String queue, String agent, String question) {
            this(callId, type, at, caller, queue, agent, question, null, null);
        }

        @Override
        public String orderingKey() {
            return "call:" + callId;
        }

        @Override
        public Call shiftedBy(Duration shift) {
            return new Call(callId, type, at.plus(shift), caller, queue, agent, question, answer, topic);
        }
    }

    /**
     * A tweet in a brand's Account Activity feed: a customer's (to the brand) or the brand's own
     * answer ({@code byBrand}), which the gateway records as an answer given on X.
     */
    record Tweet(String tweetId, String userId, String screenName, String text, Instant at, String inReplyToTweetId,
                 String inReplyToUserId, String brandUserId, boolean byBrand) implements ReplayEvent {
        @Override
        public String orderingKey() {
            return "x:" + (byBrand ? inReplyToUserId : userId);
        }

        @Override
        public Tweet shiftedBy(Duration shift) {
            return new Tweet(tweetId, userId, screenName, text, at.plus(shift), inReplyToTweetId, inReplyToUserId,
                    brandUserId, byBrand);
        }
    }
}
