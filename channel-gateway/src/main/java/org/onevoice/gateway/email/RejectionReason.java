package org.onevoice.gateway.email;

/** Why an inbound mail did not become a customer question. */
public enum RejectionReason {
    NOT_AN_EMAIL("the data has no RFC 5322 header section"),
    UNPARSEABLE("the MIME structure cannot be read"),
    NO_SENDER("the mail has no From address"),
    INVALID_SENDER("the From address is not a valid mailbox"),
    DELIVERY_REPORT("the mail is a bounce or delivery/read report"),
    AUTO_REPLY("the mail was sent automatically (auto-reply, out-of-office, auto-generated)"),
    BULK("the mail is bulk or list mail"),
    MAIL_LOOP("the mail comes from OneVoice itself (a support address or a reply it sent)"),
    EMPTY_BODY("the mail has no text"),
    TOO_MANY_ATTACHMENTS("the mail has more attachments than allowed", true),
    ATTACHMENT_TOO_LARGE("an attachment is larger than allowed", true),
    MIME_TOO_DEEP("the MIME parts are nested deeper than allowed", true),
    TOO_MANY_PARTS("the mail has more MIME parts than allowed", true),
    TOO_MANY_HEADERS("the mail has more header fields than allowed", true),
    HEADERS_TOO_LARGE("the header section is larger than allowed", true);

    private final String description;
    private final boolean limit;

    RejectionReason(String description) {
        this(description, false);
    }

    RejectionReason(String description, boolean limit) {
        this.description = description;
        this.limit = limit;
    }

    public String description() {
        return description;
    }

    /** The mail may be a real question but exceeds one of the configured limits (HTTP 413, SMTP 552). */
    public boolean limit() {
        return limit;
    }
}
