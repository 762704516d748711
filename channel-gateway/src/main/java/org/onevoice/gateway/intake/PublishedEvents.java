package org.onevoice.gateway.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevoice.events.v1.ContactEvent;

/** What a webhook answers once Kafka has its events: their ids, so a sender can correlate. */
@Schema(name = "PublishedEvents")
public record PublishedEvents(@Schema(description = "Ids of the contact events stored, in order") List<String> eventIds) {
    public static PublishedEvents of(List<? extends ContactEvent> events) {
        return new PublishedEvents(events.stream().map(ContactEvent::eventId).toList());
    }
}
