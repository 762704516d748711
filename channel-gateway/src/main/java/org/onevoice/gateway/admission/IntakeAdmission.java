package org.onevoice.gateway.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.Channel;
import org.onevoice.gateway.email.EmailConfig;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.limits.LimitsConfig;
import org.onevoice.problem.Problem;

/**
 * The front door of the inbound webhooks. It runs on the event loop before the body is read and
 * before a worker thread is taken, so a refused request costs almost nothing: a body larger than
 * the endpoint's limit is refused with 413, and a request beyond the {@link IntakeCapacity} with
 * 503 and {@code Retry-After}, instead of waiting in the worker pool's queue without bound.
 */
@ApplicationScoped
class IntakeAdmission {
    private static final Logger LOG = Logger.getLogger(IntakeAdmission.class);
    /** Before Quarkus' own body-size check and the REST handlers. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private record Door(String path, Channel channel, long maxBody, String maxBodyKey) {
    }

    private final IntakeCapacity capacity;
    private final ChannelMetrics metrics;
    private final String retryAfterSeconds;
    private final Door[] doors;

    IntakeAdmission(IntakeCapacity capacity, ChannelMetrics metrics, AdmissionConfig config, LimitsConfig limits, EmailConfig email) {
        this.capacity = capacity;
        this.metrics = metrics;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
        long webhookBody = limits.webhookBodySize().asLongValue();
        this.doors = new Door[] {
                new Door("/webhooks/x", Channel.X, webhookBody, "gateway.limits.webhook-body-size"),
                new Door("/webhooks/call-centre", Channel.CALL_CENTRE, webhookBody, "gateway.limits.webhook-body-size"),
                new Door("/channels/email/messages", Channel.EMAIL, email.maxSize().asLongValue(), "gateway.email.max-size")};
    }

    void install(@Observes Router router) {
        for (Door door : doors) {
            router.route(HttpMethod.POST, door.path()).order(ORDER).handler(ctx -> admit(ctx, door));
        }
    }

    private void admit(RoutingContext ctx, Door door) {
        long length = contentLength(ctx);
        if (length > door.maxBody()) {
            metrics.rejected(door.channel(), "body_size");
            refuse(ctx, 413, "Request Entity Too Large", "the body is " + length + " bytes, at most " + door.maxBody()
                    + " accepted (" + door.maxBodyKey() + ")");
            return;
        }
        Optional<IntakeCapacity.Permit> permit = capacity.tryAcquire(door.channel(), length < 0 ? door.maxBody() : length);
        if (permit.isEmpty()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
            refuse(ctx, 503, "Service Unavailable", "the gateway is at capacity (" + capacity.maxInFlight()
                    + " contacts awaiting Kafka's acknowledgement), retry later");
            return;
        }
        // Called when the response is sent or the connection is lost, whichever comes first.
        ctx.addEndHandler(ended -> permit.get().close());
        ctx.next();
    }

    private static long contentLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        String body;
        try {
            body = EventJson.MAPPER.writeValueAsString(Problem.of(status, title, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain strings and a number", e);
        }
        LOG.debugf("refusing %s: %s", ctx.request().path(), detail);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                // The body is left unread: closing the connection is the only clean end, and sheds load.
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
