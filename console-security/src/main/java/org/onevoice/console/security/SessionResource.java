package org.onevoice.console.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who is logged in, for a console's header, and logging out of a form-login session. */
@Path("/api/session")
public class SessionResource {
    @Inject
    SecurityIdentity identity;

    public record Session(String user, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The logged-in user and their roles")
    public Session get() {
        return new Session(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }

    @DELETE
    @Operation(summary = "Log out: the session cookie is removed")
    public void logout() {
        FormAuthenticationMechanism.logout(identity);
    }
}
