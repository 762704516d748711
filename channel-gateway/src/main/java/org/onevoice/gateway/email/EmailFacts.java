package org.onevoice.gateway.email;

/**
 * Keys of {@link org.onevoice.events.v1.ContactReceived#facts()} the email channel fills.
 * Candidates for {@link org.onevoice.events.v1.Facts} once other services read them.
 */
public final class EmailFacts {
    /** The mail's whole text, quoted replies and signature included; only when it differs from the body. */
    public static final String FULL_TEXT = "emailFullText";
    /** JSON array of {@code {name, contentType, sizeBytes}}; only when there are attachments. */
    public static final String ATTACHMENTS = "emailAttachments";
    /** {@code true} when body or full text was cut to the configured length. */
    public static final String TRUNCATED = "emailTruncated";
    /** {@code true} when the Message-ID was missing and derived from the message content. */
    public static final String DERIVED_MESSAGE_ID = "emailDerivedMessageId";

    private EmailFacts() {
    }
}
