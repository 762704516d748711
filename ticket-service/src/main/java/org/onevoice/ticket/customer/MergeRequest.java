package org.onevoice.ticket.customer;

import jakarta.validation.constraints.NotNull;

/** @param from the customer merged into (or, to undo, split off from) the one in the path */
public record MergeRequest(@NotNull Long from) {
}
