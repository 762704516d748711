package org.onevoice.ticket.work;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note: seen by agents only, never sent to the customer. */
public record NoteRequest(@NotBlank @Size(max = 10_000) String body, @NotBlank @Size(max = 100) String author) {
}
