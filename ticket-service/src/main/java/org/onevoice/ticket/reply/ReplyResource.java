package org.onevoice.ticket.reply;

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
    @Operation(summary = "Answer the customer on the ticket's channel or another channel of theirs")
    public Response reply(@PathParam("id") long ticketId, @Valid @NotNull ReplyRequest request) {
        Message reply = replies.reply(ticketId, request);
        return Response.created(URI.create("/api/tickets/" + ticketId + "#message-" + reply.id))
                .entity(TicketDetail.MessageView.of(reply))
                .build();
    }
}
