package org.onevoice.ticket.consistency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onevoice.events.v1.Channel;

/**
 * @param draft   the reply the agent is about to send
 * @param channel where it would go; the ticket's own channel when omitted
 */
public record ReplyCheckRequest(@NotBlank @Size(max = 10_000) String draft, Channel channel) {
}
