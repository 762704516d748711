package org.onevoice.ticket.inbox;

import io.smallrye.mutiny.Multi;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.work.ExpectedVersion;
import org.onevoice.ticket.work.TicketPatch;
import org.onevoice.ticket.work.TicketWork;

@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {
    private static final int MAX_PAGE = 200;

    private final InboxQuery inbox;
    private final TicketDetails details;
    private final TicketWork work;
    private final TicketStream stream;

    TicketResource(InboxQuery inbox, TicketDetails details, TicketWork work, TicketStream stream) {
        this.inbox = inbox;
        this.details = details;
        this.work = work;
        this.stream = stream;
    }

    @GET
    @Transactional
    @Operation(summary = "The inbox across channels, newest first, one page at a time")
    public TicketPage list(
            @Parameter(description = "X, EMAIL or CALL_CENTRE") @QueryParam("channel") String channel,
            @Parameter(description = "NEW, OPEN, PENDING, RESOLVED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "the assigned agent") @QueryParam("assignee") String assignee,
            @Parameter(description = "the ticket's topic") @QueryParam("topic") String topic,
            @Parameter(description = "true: only tickets that missed a due time; false: only the others")
            @QueryParam("slaBreached") Boolean slaBreached,
            @Parameter(description = "words to search in the messages (Dutch or English)") @QueryParam("q") String q,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badField("limit", "must be between 1 and " + MAX_PAGE);
        }
        InboxFilter filter = new InboxFilter(parse(Channel.class, "channel", channel), parse(TicketStatus.class, "status", status),
                blankToNull(assignee), blankToNull(topic), slaBreached, blankToNull(q));
        return inbox.page(filter, after == null || after.isBlank() ? null : InboxCursor.decode(after), limit);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: which ticket changed, sent after the change was committed")
    public Multi<TicketChange> changes() {
        return stream.changes();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A ticket with its conversation, the customer's channels, related tickets and timeline; "
            + "the ETag is the version to send back when changing it")
    public Response get(@PathParam("id") long id) {
        TicketDetail detail = details.of(id);
        return Response.ok(detail).tag(etag(detail.ticket().version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change status, assignee, priority, tags or topic; fields left out stay as they are. "
            + "Send the version read (If-Match ETag or version field): a stale one gets 409")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull TicketPatch patch) {
        Ticket ticket = work.update(id, ExpectedVersion.of(ifMatch, patch.version()), patch);
        TicketSummary summary = details.summary(ticket);
        return Response.ok(summary).tag(etag(summary.version())).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badField(field, "'" + value + "' is not one of " + allowed);
        }
    }
}
