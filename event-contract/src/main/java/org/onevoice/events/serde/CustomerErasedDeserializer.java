package org.onevoice.events.serde;

import org.onevoice.events.v1.CustomerErased;

public class CustomerErasedDeserializer extends JsonEventDeserializer<CustomerErased> {
    public CustomerErasedDeserializer() {
        super(CustomerErased.class);
    }
}
