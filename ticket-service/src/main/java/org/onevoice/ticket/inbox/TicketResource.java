package org.onevoice.ticket.inbox;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.customer.Customer;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.customer.CustomerIdentityEntity;
import org.onevoice.ticket.problem.ProblemException;

@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {
    private static final int MAX_PAGE = 200;

    private final InboxQuery inbox;
    private final CustomerDirectory customers;

    TicketResource(InboxQuery inbox, CustomerDirectory customers) {
        this.inbox = inbox;
        this.customers = customers;
    }

    @GET
    @Transactional
    @Operation(summary = "The inbox across channels, newest first, one page at a time")
    public TicketPage list(
            @Parameter(description = "X, EMAIL or CALL_CENTRE") @QueryParam("channel") String channel,
            @Parameter(description = "NEW, OPEN, PENDING, RESOLVED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badField("limit", "must be between 1 and " + MAX_PAGE);
        }
        return inbox.page(parse(Channel.class, "channel", channel), parse(TicketStatus.class, "status", status),
                after == null || after.isBlank() ? null : InboxCursor.decode(after), limit);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A ticket with its conversation and the customer's channels")
    public TicketDetail get(@PathParam("id") long id) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("ticket " + id));
        Customer customer = customers.current(ticket.customerId);
        var identities = CustomerIdentityEntity.ofCustomer(customer.id).stream().map(TicketDetail.IdentityView::of).toList();
        var messages = Message.ofTicket(id).stream().map(TicketDetail.MessageView::of).toList();
        return new TicketDetail(TicketSummary.of(ticket, customer.displayName),
                new TicketDetail.CustomerView(customer.id, customer.displayName, identities), messages);
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
