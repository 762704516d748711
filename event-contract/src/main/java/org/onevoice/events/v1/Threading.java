package org.onevoice.events.v1;

import java.util.List;

/**
 * How a message relates to earlier ones on its channel. The ticket service uses it to keep a
 * conversation on one ticket.
 *
 * @param threadKey  a channel-defined conversation id when the channel has one (call id, X DM
 *                   conversation id); null otherwise
 * @param inReplyTo  the channel message id this one answers (tweet reply-to id, email In-Reply-To)
 * @param references earlier message ids of the thread, oldest first (email References)
 * @param ticketTag  a OneVoice ticket reference found in the message, e.g. from an email subject
 */
public record Threading(String threadKey, String inReplyTo, List<String> references, String ticketTag) {
    public Threading {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static Threading none() {
        return new Threading(null, null, List.of(), null);
    }

    public static Threading thread(String threadKey) {
        return new Threading(threadKey, null, List.of(), null);
    }

    public static Threading replyTo(String inReplyTo) {
        return new Threading(null, inReplyTo, List.of(), null);
    }
}
