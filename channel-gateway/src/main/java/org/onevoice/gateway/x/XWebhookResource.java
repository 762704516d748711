package org.onevoice.gateway.x;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.intake.ContactPublisher;
import org.onevoice.gateway.intake.PublishedEvents;
import org.onevoice.gateway.limits.WebhookJson;
import org.onevoice.problem.ProblemException;

/** The X Account Activity webhook of the brand account. */
@Path("/webhooks/x")
@Tag(name = "X")
public class XWebhookResource {
    private final XSignature signature;
    private final XActivityMapper mapper;
    private final ContactPublisher publisher;
    private final ChannelMetrics metrics;
    private final WebhookJson json;

    XWebhookResource(XSignature signature, XActivityMapper mapper, ContactPublisher publisher, ChannelMetrics metrics,
                     WebhookJson json) {
        this.signature = signature;
        this.mapper = mapper;
        this.publisher = publisher;
        this.metrics = metrics;
        this.json = json;
    }

    public record CrcResponse(@Schema(description = "sha256=<base64 HMAC-SHA256(consumer secret, crc_token)>") String response_token) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Challenge-response check X runs on registration and hourly")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CrcResponse.class)))
    @APIResponse(responseCode = "400", description = "crc_token missing")
    public CrcResponse crc(@QueryParam("crc_token") String crcToken) {
        return metrics.countingRejections(Channel.X, () -> {
            if (crcToken == null || crcToken.isBlank()) {
                throw ProblemException.badField("crc_token", "required");
            }
            return new CrcResponse(signature.crcResponse(crcToken));
        });
    }

    /**
     * Blocking: echo detection reads the delivery log. The worker also waits for Kafka's acknowledgement (bounded by
     * the publish timeout): resuming a request from the Kafka producer's thread lost its request
     * context under load and answered 500.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive Account Activity events (tweet_create_events, direct_message_events)",
            description = "Answered 200 only after the contact events are stored in Kafka; 503 with Retry-After otherwise. "
                    + "Other event kinds are acknowledged and ignored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedEvents.class)))
    @APIResponse(responseCode = "400", description = "Not an Account Activity event; the problem names the field")
    @APIResponse(responseCode = "401", description = "Signature missing or wrong")
    @APIResponse(responseCode = "413", description = "Body larger than gateway.limits.webhook-body-size, or JSON beyond gateway.limits.json.*; "
            + "the detail names the limit")
    @APIResponse(responseCode = "503", description = "Gateway at capacity or Kafka unavailable (retry after Retry-After), or consumer secret not configured")
    public PublishedEvents receive(
            @Parameter(description = "sha256=<base64 HMAC-SHA256(consumer secret, raw body)>")
            @HeaderParam(XSignature.SIGNATURE_HEADER) String signatureHeader,
            byte[] body) {
        List<ContactEvent> contacts = metrics.countingRejections(Channel.X, () -> {
            signature.verify(signatureHeader, body);
            return mapper.contacts(XPayload.read(json, body), Instant.now());
        });
        publisher.publishInOrder(contacts).await().indefinitely();
        return PublishedEvents.of(contacts);
    }
}
