package org.onevoice.ticket.customer;

import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;

/** What identifies a customer identity: its kind and normalised value; handles and names change. */
public record IdentityKey(IdentityKind kind, String value) {
    public static IdentityKey of(CustomerIdentity identity) {
        return new IdentityKey(identity.kind(), identity.value());
    }
}
