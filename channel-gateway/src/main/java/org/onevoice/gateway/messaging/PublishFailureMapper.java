package org.onevoice.gateway.messaging;

import static org.onevoice.problem.ProblemMappers.respond;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onevoice.problem.Problem;

/** The sender keeps the event and retries: nothing it sent is confirmed before Kafka has it. */
public class PublishFailureMapper {
    private static final Logger LOG = Logger.getLogger(PublishFailureMapper.class);

    @Inject
    PublishConfig publishConfig;

    @ServerExceptionMapper
    public Response kafkaUnavailable(PublishFailedException e) {
        LOG.warnf("answering 503, Kafka did not acknowledge: %s", e.getMessage());
        return respond(Problem.of(503, "Service Unavailable", "the event could not be stored, retry later"))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, publishConfig.retryAfter().toSeconds())))
                .build();
    }
}
