package org.onevoice.events.v1;

import java.time.Instant;
import java.util.Map;

/**
 * An agent answered directly on the channel, outside OneVoice: the brand account tweeted a reply,
 * a call-centre agent picked up a call or noted the answer at wrap-up. Recording these keeps
 * response times true when agents work in the channel's own tools.
 *
 * @param agent the agent or brand account that answered
 * @param body  the answer's text, or null when only the fact of answering is known (a call picked up)
 */
public record AnswerGiven(
        String eventId,
        Channel channel,
        String channelMessageId,
        Threading threading,
        CustomerIdentity customer,
        Instant channelTimestamp,
        Instant ingestedAt,
        String agent,
        String body,
        Map<String, String> facts) implements ContactEvent {

    public static final String TYPE = "AnswerGiven";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.contact.answer-given.v1";

    public AnswerGiven {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        threading = threading == null ? Threading.none() : threading;
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
