package org.onevoice.ticket.consistency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.events.v1.Channel;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Ticket;

/** One voice before sending: checks a draft reply against what the company answered on the ticket's topic elsewhere. */
@Path("/api/tickets/{id}/replies/check")
@Tag(name = "Tickets")
public class ReplyCheckResource {
    private final MonitorClient monitor;

    ReplyCheckResource(MonitorClient monitor) {
        this.monitor = monitor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Facts in a draft reply that conflict with other channels' answers on the ticket's topic")
    public ReplyCheck check(@PathParam("id") long ticketId, @Valid @NotNull ReplyCheckRequest request) {
        // Read without a transaction: the monitor call must not hold a database connection or lock.
        Ticket ticket = Ticket.<Ticket>findByIdOptional(ticketId).orElseThrow(() -> ProblemException.notFound("ticket " + ticketId));
        Channel channel = request.channel() != null ? request.channel() : ticket.channel;
        if (ticket.topic == null || ticket.topic.isBlank()) {
            return ReplyCheck.noTopic(channel);
        }
        return monitor.check(ticket.topic, channel, request.draft())
                .map(verdict -> ReplyCheck.checked(ticket.topic, channel, verdict))
                .orElseGet(() -> ReplyCheck.unavailable(ticket.topic, channel));
    }
}
