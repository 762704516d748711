package org.onevoice.ticket.work;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Folds a duplicate ticket of the same customer into the one in the path.
 *
 * @param from    the duplicate; it is closed and its conversation continues on the target
 * @param by      who merges, for both tickets' history
 * @param version the target's version the agent saw; may instead come as If-Match
 */
public record TicketMergeRequest(@NotNull Long from, @Size(max = 100) String by, Long version) {
}
