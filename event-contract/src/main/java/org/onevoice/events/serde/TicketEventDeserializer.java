package org.onevoice.events.serde;

import org.onevoice.events.v1.TicketEvent;

public class TicketEventDeserializer extends JsonEventDeserializer<TicketEvent> {
    public TicketEventDeserializer() {
        super(TicketEvent.class);
    }
}
