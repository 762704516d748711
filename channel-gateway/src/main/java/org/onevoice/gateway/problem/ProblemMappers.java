package org.onevoice.gateway.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onevoice.gateway.messaging.PublishConfig;
import org.onevoice.gateway.messaging.PublishFailedException;

/** Every error leaves the gateway as {@code application/problem+json} with a reason. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    PublishConfig publishConfig;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem()).build();
    }

    /** The sender keeps the event and retries: nothing it sent is confirmed before Kafka has it. */
    @ServerExceptionMapper
    public Response kafkaUnavailable(PublishFailedException e) {
        LOG.warnf("answering 503, Kafka did not acknowledge: %s", e.getMessage());
        return respond(new Problem("about:blank", "Service Unavailable", 503,
                "the event could not be stored, retry later", null))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, publishConfig.retryAfter().toSeconds())))
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), null)).build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
