package org.onevoice.events.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened on a customer channel, as published by the channel gateway on
 * {@link Topics#CONTACTS_INBOUND}. The payload names its own type so that a record read from a
 * dead-letter topic or a replay file is still self-describing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ContactReceived.class, name = ContactReceived.TYPE),
        @JsonSubTypes.Type(value = AnswerGiven.class, name = AnswerGiven.TYPE),
        @JsonSubTypes.Type(value = ContactEnded.class, name = ContactEnded.TYPE)
})
public sealed interface ContactEvent permits ContactReceived, AnswerGiven, ContactEnded {

    String eventId();

    Channel channel();

    /** The channel's own id of the message or call this event is about. */
    String channelMessageId();

    Threading threading();

    /** The customer the event is about: the sender of a question, the addressee of an answer. */
    CustomerIdentity customer();

    /** When it happened, in the channel's own clock. */
    Instant channelTimestamp();

    /** When the gateway accepted it. */
    Instant ingestedAt();

    /** Channel-specific facts, e.g. a call's queue and queue wait. */
    Map<String, String> facts();

    /** The CloudEvents {@code type} attribute. */
    @JsonIgnore
    String cloudEventType();

    /** Kafka key: one customer's events on one channel stay in order. */
    @JsonIgnore
    default String partitionKey() {
        return channel().name() + ':' + customer().value();
    }
}
