package org.onevoice.gateway.email;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevoice.events.v1.Channel;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.intake.PublishedEvents;
import org.onevoice.gateway.limits.LimitExceededException;
import org.onevoice.gateway.security.OneVoiceSignature;
import org.onevoice.problem.ProblemException;

/** Raw mail handed over by a mail-server pipe or an inbound-parse service instead of SMTP. */
@Path("/channels/email/messages")
@Tag(name = "Email")
public class EmailMessagesResource {
    static final String MESSAGE_RFC822 = "message/rfc822";

    private final EmailSignature signature;
    private final EmailIntake intake;
    private final ChannelMetrics metrics;
    private final long maxSize;

    EmailMessagesResource(EmailSignature signature, EmailIntake intake, ChannelMetrics metrics, EmailConfig config) {
        this.signature = signature;
        this.metrics = metrics;
        this.intake = intake;
        this.maxSize = config.maxSize().asLongValue();
    }

    /**
     * Blocking, like the webhooks: the worker waits for Kafka's acknowledgement (bounded by the
     * publish timeout), because a response resumed on the Kafka producer's thread lost its request
     * context under load and answered 500.
     */
    @POST
    @Blocking
    @Consumes(MESSAGE_RFC822)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive one raw RFC 5322 mail",
            description = "Answered 202 only after the ContactReceived event is stored in Kafka; 503 with Retry-After when it "
                    + "could not be stored. Posting the same mail again yields the same event id.")
    @APIResponse(responseCode = "202", description = "Stored", content = @Content(schema = @Schema(implementation = PublishedEvents.class)))
    @APIResponse(responseCode = "400", description = "Not a customer question (auto-reply, bounce, no sender or text...); "
            + "the detail starts with the rejection reason")
    @APIResponse(responseCode = "401", description = "Signature or timestamp missing, wrong or stale")
    @APIResponse(responseCode = "413", description = "Over a limit: larger than gateway.email.max-size, too many or too large "
            + "attachments, MIME nested too deep, too many or too large headers; the detail starts with the rejection reason")
    @APIResponse(responseCode = "503", description = "Gateway at capacity or Kafka unavailable (retry after Retry-After), "
            + "or secret not configured")
    public Response receive(
            @Parameter(description = "sha256=<hex HMAC-SHA256(secret, timestamp + \".\" + raw body)>")
            @HeaderParam(OneVoiceSignature.SIGNATURE_HEADER) String signatureHeader,
            @Parameter(description = "Unix seconds when the sender signed the request")
            @HeaderParam(OneVoiceSignature.TIMESTAMP_HEADER) String timestampHeader,
            byte[] mail) {
        metrics.countingRejections(Channel.EMAIL, () -> {
            signature.verify(signatureHeader, timestampHeader, mail);
            if (mail.length > maxSize) {
                throw new LimitExceededException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body_size", "mail is " + mail.length
                        + " bytes, at most " + maxSize + " accepted (gateway.email.max-size)");
            }
            return mail;
        });
        EmailVerdict verdict = intake.receive(mail).await().indefinitely();
        if (verdict instanceof EmailVerdict.Rejected rejected) {
            Response.Status status = rejected.reason().limit() ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST;
            throw new ProblemException(status, rejected.reason() + ": " + rejected.explanation());
        }
        EmailVerdict.Accepted accepted = (EmailVerdict.Accepted) verdict;
        return Response.accepted(new PublishedEvents(List.of(accepted.contact().eventId()))).build();
    }
}
