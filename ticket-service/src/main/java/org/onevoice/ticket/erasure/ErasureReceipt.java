package org.onevoice.ticket.erasure;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure did in the ticket service; the other services follow from the event.
 *
 * @param customerIds the customer and everyone merged with it
 * @param identities  how many identities were deleted
 * @param ticketIds   the tickets kept, without texts, for statistics
 * @param messages    how many messages lost their texts
 * @param eventId     the {@code CustomerErased} event that tells the other services
 */
public record ErasureReceipt(long customerId, List<Long> customerIds, int identities, List<Long> ticketIds, int messages,
                             String erasedBy, Instant erasedAt, String eventId) {
}
