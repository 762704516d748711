package org.onevoice.gateway.callcentre;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.intake.ContactPublisher;
import org.onevoice.gateway.intake.PublishedEvents;
import org.onevoice.gateway.security.OneVoiceSignature;
import org.onevoice.problem.ProblemException;

@Path("/webhooks/call-centre")
@Tag(name = "Call centre")
public class CallCentreWebhookResource {
    private static final Logger LOG = Logger.getLogger(CallCentreWebhookResource.class);

    private final CallCentreSignature signature;
    private final CallEventParser parser;
    private final CallStates calls;
    private final ContactPublisher publisher;
    private final ChannelMetrics metrics;

    CallCentreWebhookResource(CallCentreSignature signature, CallEventParser parser, CallStates calls, ContactPublisher publisher,
                              ChannelMetrics metrics) {
        this.signature = signature;
        this.parser = parser;
        this.calls = calls;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Blocking: the call's state lives in PostgreSQL. The worker also waits for Kafka's acknowledgement (bounded by
     * the publish timeout): resuming a request from the Kafka producer's thread lost its request
     * context under load and answered 500.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive one call event from the call-centre platform",
            description = "Answered 200 only after the resulting contact events are stored in Kafka; 503 with Retry-After "
                    + "when they could not be stored. Sending the same event again is harmless: it yields the same event ids.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallCentreWebhook.class)))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = PublishedEvents.class)))
    @APIResponse(responseCode = "400", description = "Invalid event; the problem names the field")
    @APIResponse(responseCode = "401", description = "Signature or timestamp missing, wrong or stale")
    @APIResponse(responseCode = "413", description = "Body larger than gateway.limits.webhook-body-size, or JSON beyond gateway.limits.json.*; "
            + "the detail names the limit")
    @APIResponse(responseCode = "503", description = "Gateway at capacity or Kafka unavailable (retry after Retry-After), or webhook secret not configured")
    public PublishedEvents receive(
            @Parameter(description = "sha256=<hex HMAC-SHA256(secret, timestamp + \".\" + raw body)>")
            @HeaderParam(OneVoiceSignature.SIGNATURE_HEADER) String signatureHeader,
            @Parameter(description = "Unix seconds when the platform sent the request")
            @HeaderParam(OneVoiceSignature.TIMESTAMP_HEADER) String timestampHeader,
            byte[] body) {
        List<ContactEvent> contacts = metrics.countingRejections(Channel.CALL_CENTRE, () -> {
            signature.verify(signatureHeader, timestampHeader, body);
            CallEvent event = parser.parse(body);
            CallState call = calls.merge(event);
            if (call.caller() == null) {
                throw ProblemException.badField("caller", "required: the gateway has not seen call " + event.callId() + " with a caller before");
            }
            LOG.debugf("call %s %s", event.callId(), event.type());
            return CallContacts.of(event, call, Instant.now());
        });
        publisher.publishInOrder(contacts).await().indefinitely();
        return PublishedEvents.of(contacts);
    }
}
