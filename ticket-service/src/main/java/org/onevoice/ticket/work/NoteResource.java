package org.onevoice.ticket.work;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.inbox.TicketDetail;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

@Path("/api/tickets/{id}/notes")
@Tag(name = "Tickets")
public class NoteResource {
    private final Outbox outbox;

    NoteResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @RunAgainOnLostConflict
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note for other agents; the customer never sees it")
    public Response add(@PathParam("id") long ticketId, @Valid @NotNull NoteRequest request) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(ticketId).orElseThrow(() -> ProblemException.notFound("ticket " + ticketId));
        Message note = Message.note(ticket, request.author().strip(), request.body(), Instant.now());
        outbox.append(TicketEvents.noteAdded(ticket, note));
        return Response.created(URI.create("/api/tickets/" + ticketId + "#message-" + note.id))
                .entity(TicketDetail.MessageView.of(note))
                .build();
    }
}
