package org.onevoice.ticket.work;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.ticket.inbox.TicketDetail;
import org.onevoice.ticket.inbox.TicketDetails;

@Path("/api/tickets/{id}/merge")
@Tag(name = "Tickets")
public class TicketMergeResource {
    private final TicketMerge merge;
    private final TicketDetails details;

    TicketMergeResource(TicketMerge merge, TicketDetails details) {
        this.merge = merge;
        this.details = details;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge duplicate ticket 'from' of the same customer into this one: its messages and thread "
            + "move here and it is closed. Send this ticket's version (If-Match ETag or version field): a stale one gets 409")
    public Response merge(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull TicketMergeRequest request) {
        merge.merge(id, request.from(), ExpectedVersion.of(ifMatch, request.version()), request.by());
        TicketDetail detail = details.of(id);
        return Response.ok(detail).tag(Long.toString(detail.ticket().version())).build();
    }
}
