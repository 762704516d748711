package org.onevoice.events.serde;

import org.onevoice.events.v1.AlertEvent;

public class AlertEventDeserializer extends JsonEventDeserializer<AlertEvent> {
    public AlertEventDeserializer() {
        super(AlertEvent.class);
    }
}
