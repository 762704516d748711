package org.onevoice.ticket.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onevoice.events.v1.Channel;

/**
 * @param channel where the answer goes; the ticket's own channel when omitted, or another channel
 *                of the same customer chosen by the agent
 */
public record ReplyRequest(
        @NotBlank @Size(max = 10_000) String body,
        @NotBlank @Size(max = 100) String author,
        Channel channel) {
}
