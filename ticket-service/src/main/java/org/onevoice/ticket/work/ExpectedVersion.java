package org.onevoice.ticket.work;

import jakarta.ws.rs.core.Response;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Ticket;

/**
 * The version of a ticket an agent saw. Every change an agent makes must name it, so it never
 * silently overwrites a change made by someone else since.
 */
public final class ExpectedVersion {
    private ExpectedVersion() {
    }

    /** The version from an If-Match ETag, or else the one in the request body. */
    public static Long of(String ifMatch, Long inBody) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return inBody;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badField("If-Match", "not an ETag returned by this API");
        }
    }

    static void check(Ticket ticket, Long expected) {
        if (expected == null) {
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED,
                    "send the version you read, as If-Match header or version field");
        }
        if (ticket.version != expected) {
            throw ProblemException.conflict("ticket " + ticket.id + " was changed by someone else (version "
                    + expected + " is now " + ticket.version + "); reload it and try again");
        }
    }
}
