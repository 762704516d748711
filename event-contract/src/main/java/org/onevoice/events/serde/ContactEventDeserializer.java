package org.onevoice.events.serde;

import org.onevoice.events.v1.ContactEvent;

public class ContactEventDeserializer extends JsonEventDeserializer<ContactEvent> {
    public ContactEventDeserializer() {
        super(ContactEvent.class);
    }
}
