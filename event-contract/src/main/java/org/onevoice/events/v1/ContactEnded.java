package org.onevoice.events.v1;

import java.time.Instant;
import java.util.Map;

/**
 * A synchronous contact (a call) ended. An {@link Outcome#ABANDONED} contact is a censored wait:
 * the customer waited {@code facts.queueWaitSeconds} and gave up without an answer.
 */
public record ContactEnded(
        String eventId,
        Channel channel,
        String channelMessageId,
        Threading threading,
        CustomerIdentity customer,
        Instant channelTimestamp,
        Instant ingestedAt,
        Outcome outcome,
        Map<String, String> facts) implements ContactEvent {

    public static final String TYPE = "ContactEnded";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.contact.ended.v1";

    public enum Outcome {
        /** The customer hung up before an agent answered. */
        ABANDONED,
        /** An agent served the contact to its end. */
        COMPLETED
    }

    public ContactEnded {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        threading = threading == null ? Threading.none() : threading;
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
