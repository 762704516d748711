package org.onevoice.ticket.reply;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.inbox.TicketDetail;

@Path("/api/tickets/{id}/replies")
@Tag(name = "Tickets")
public class ReplyResource {
    private final ReplyService replies;

    ReplyResource(ReplyService replies) {
        this.replies = replies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the customer on the ticket's channel or another channel of theirs",
            description = "Send an Idempotency-Key header to make a retried request safe: a repeat returns 200 with the reply stored the first time.")
    public Response reply(@PathParam("id") long ticketId,
                          @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
                          @Valid @NotNull ReplyRequest request) {
        ReplyService.StoredReply stored = replies.reply(ticketId, request, idempotencyKey);
        Message reply = stored.message();
        Response.ResponseBuilder response = stored.created()
                ? Response.created(URI.create("/api/tickets/" + ticketId + "#message-" + reply.id))
                : Response.ok();
        return response.entity(TicketDetail.MessageView.of(reply)).build();
    }
}
