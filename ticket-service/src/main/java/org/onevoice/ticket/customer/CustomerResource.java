package org.onevoice.ticket.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.ticket.erasure.CustomerErasure;

@Path("/api/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {
    private final CustomerLinks links;
    private final CustomerErasure erasure;

    CustomerResource(CustomerLinks links, CustomerErasure erasure) {
        this.links = links;
        this.erasure = erasure;
    }

    @GET
    @Operation(summary = "A customer with identities and tickets on every channel; a merged customer shows the one it was merged into")
    public CustomerProfile get(@PathParam("id") long id) {
        return links.profile(id);
    }

    @DELETE
    @Operation(summary = "Erase the customer's personal data (GDPR), with every customer merged with it: names, identities, "
            + "texts of their tickets. Tickets stay, anonymised, for statistics; the other services erase on the CustomerErased "
            + "event. 202 with what was erased; 404 for an unknown or already erased customer")
    @APIResponse(responseCode = "202", description = "erased here; the other services follow asynchronously")
    @APIResponse(responseCode = "404", description = "no such customer, or already erased")
    public Response erase(@PathParam("id") long id, @Context SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        String erasedBy = principal == null || principal.getName().isBlank() ? "anonymous" : principal.getName();
        return Response.accepted(erasure.erase(id, erasedBy)).build();
    }

    @POST
    @Path("/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an identity (kind + value, normalised) to the customer; 409 if another customer has it")
    public Response link(@PathParam("id") long id, @Valid @NotNull IdentityRequest request) {
        boolean created = links.link(id, request);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(links.profile(id)).build();
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge customer 'from' into this one: one timeline, one set of identities; can be undone")
    public CustomerProfile merge(@PathParam("id") long id, @Valid @NotNull MergeRequest request) {
        links.merge(id, request.from());
        return links.profile(id);
    }

    @POST
    @Path("/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo merging customer 'from' into this one")
    public CustomerProfile unmerge(@PathParam("id") long id, @Valid @NotNull MergeRequest request) {
        links.unmerge(id, request.from());
        return links.profile(id);
    }
}
