package org.onevoice.ticket.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onevoice.events.v1.IdentityKind;

/**
 * @param value  email address, phone number (E.164 or Dutch notation) or numeric X user id
 * @param handle X screen name, optional
 */
public record IdentityRequest(@NotNull IdentityKind kind, @NotBlank @Size(max = 320) String value,
                              @Size(max = 100) String handle, @Size(max = 200) String displayName) {
}
