package org.onevoice.gateway.callcentre;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of a call-centre webhook, as received: {@link CallEventParser} validates it. */
@Schema(name = "CallCentreWebhook", description = "One event of one call. Unknown fields are ignored.")
public record CallCentreWebhook(
        @Schema(required = true, description = "The platform's id of the call; the same for every event of the call", maxLength = 200)
        String callId,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"QUEUED", "ANSWERED", "ABANDONED", "ENDED", "WRAP_UP"})
        String type,
        @Schema(required = true, description = "When it happened, ISO-8601 with offset", example = "2026-03-03T10:15:30+01:00")
        String at,
        @Schema(description = "Caller's phone number; normalised to E.164 (numbers without country code are taken as in "
                + "gateway.call-centre.default-region). Required on the first event the gateway sees of a call.",
                example = "+31201234567")
        String caller,
        @Schema(description = "Queue the caller waited in", example = "billing")
        String queue,
        @Schema(description = "Agent who answered or wrapped up")
        String agent,
        @Schema(description = "The caller's question (IVR or agent's note)")
        String question,
        @Schema(description = "WRAP_UP: the answer the agent gave")
        String answer,
        @Schema(description = "WRAP_UP: the topic the agent chose")
        String topic,
        @Schema(description = "Optional: when the caller entered the queue, ISO-8601 with offset. Lets the gateway compute "
                + "the queue wait when it never received the call's QUEUED event; the first queue time it learns wins.")
        String queuedAt) {
}
