package org.onevoice.monitor.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refused request leaves the API as {@code application/problem+json} with its reason. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return respond(e.problem());
    }

    /** Named explicitly as well: Quarkus maps a mismatched input itself otherwise, not as a problem. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e) {
        return respond(new Problem("about:blank", "Bad Request", 400,
                "the body is not valid JSON for this request: " + e.getOriginalMessage(), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
