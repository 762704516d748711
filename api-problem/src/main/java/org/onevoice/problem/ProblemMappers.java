package org.onevoice.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refused request leaves each service as {@code application/problem+json} with its reason. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return respond(e.problem()).build();
    }

    /** Named explicitly as well: Quarkus maps a mismatched input itself otherwise, not as a problem. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of(400, "Bad Request", "the body is not valid JSON for this request: " + e.getOriginalMessage())).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus's JSON reader wraps a body that does not parse; "HTTP 400 Bad Request" would not say why.
            return unreadable(unreadable);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage())).build();
    }

    /** A problem's response, for the services' own mappers to add headers to (e.g. {@code Retry-After}). */
    public static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
