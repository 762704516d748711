package org.onevoice.ticket.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.onevoice.problem.ProblemException;

/**
 * Keyset position in the inbox order (newest first by opening time, then id). Unlike an offset it
 * stays correct while new tickets arrive and costs the same on page 1 and page 10,000.
 */
record InboxCursor(Instant openedAt, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((openedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static InboxCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return new InboxCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badField("after", "not a cursor returned by this API");
        }
    }
}
