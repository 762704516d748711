package org.onevoice.events.v1;

import java.util.Objects;

/**
 * Who the customer is on one channel.
 *
 * @param kind        what {@code value} is
 * @param value       normalised identifier: X user id, lower-case email address, E.164 phone number
 * @param handle      X screen name without the {@code @}; null elsewhere
 * @param displayName name the customer shows on the channel, if any
 */
public record CustomerIdentity(IdentityKind kind, String value, String handle, String displayName) {
    public CustomerIdentity {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("identity value is required");
        }
    }
}
