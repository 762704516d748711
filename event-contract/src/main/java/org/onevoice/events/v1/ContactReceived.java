package org.onevoice.events.v1;

import java.time.Instant;
import java.util.Map;

/**
 * A customer wrote or called: a tweet, a direct message, an email, a call entering the queue.
 *
 * @param language ISO 639-1 code of the detected language, or {@code und} when undetermined
 * @param subject  email subject; null for channels without one
 * @param body     plain text of the message (quoted replies stripped), or a call's question
 */
public record ContactReceived(
        String eventId,
        Channel channel,
        String channelMessageId,
        Threading threading,
        CustomerIdentity customer,
        Instant channelTimestamp,
        Instant ingestedAt,
        String language,
        String subject,
        String body,
        Map<String, String> facts) implements ContactEvent {

    public static final String TYPE = "ContactReceived";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.contact.received.v1";

    public ContactReceived {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        threading = threading == null ? Threading.none() : threading;
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
