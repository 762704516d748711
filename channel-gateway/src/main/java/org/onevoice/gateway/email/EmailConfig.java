package org.onevoice.gateway.email;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "gateway.email")
public interface EmailConfig {
    /**
     * Our own mailboxes ({@code support@example.org}) or whole domains ({@code @example.org}): the
     * only recipients the SMTP listener accepts, the From of agent replies (the first address), and
     * senders whose mail is a loop.
     */
    @WithDefault("support@onevoice.local")
    List<String> supportAddresses();

    /** Largest mail accepted, announced as SMTP SIZE. */
    @WithDefault("10M")
    MemorySize maxSize();

    @WithDefault("20")
    int maxAttachments();

    @WithDefault("10M")
    MemorySize maxAttachmentSize();

    /** Multiparts and attached messages nested in each other; real mail rarely nests more than 5. */
    @WithDefault("" + EmailRules.DEFAULT_MIME_DEPTH)
    int maxMimeDepth();

    @WithDefault("" + EmailRules.DEFAULT_MIME_PARTS)
    int maxMimeParts();

    /** Header fields of the mail itself; a long relay chain has a few dozen Received lines. */
    @WithDefault("" + EmailRules.DEFAULT_HEADERS)
    int maxHeaders();

    @WithDefault("256K")
    MemorySize maxHeaderSize();

    /** Longest body or full text put into an event; Kafka records have a size limit. */
    @WithDefault("100000")
    int maxTextChars();

    /**
     * Shared secret signing raw mails POSTed to {@code /channels/email/messages}. No default in
     * production: without it the endpoint answers 503 rather than accept unsigned mail.
     */
    Optional<String> secret();

    /** How far a signed request's timestamp may be from the gateway's clock; older ones are replays. */
    @WithDefault("300s")
    Duration timestampTolerance();

    /** The mail server agent replies are handed to. */
    SmtpOut smtpOut();

    interface SmtpOut {
        @WithDefault("localhost")
        String host();

        @WithDefault("25")
        int port();

        Optional<String> username();

        Optional<String> password();

        /** Use STARTTLS when the server offers it. */
        @WithDefault("true")
        boolean startTls();

        @WithDefault("30s")
        Duration timeout();

        /**
         * How long a connection stays open for the next reply after one went out, 0 for a connection
         * per reply. Below the 5 minutes RFC 5321 lets a server wait for a command; a connection the
         * server closed sooner is noticed (NOOP) and replaced before it is used.
         */
        @WithDefault("30s")
        Duration keepAlive();
    }

    /** A mailbox the gateway polls over IMAP, for setups where mail cannot be routed to the SMTP listener. */
    Imap imap();

    interface Imap {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("localhost")
        String host();

        @WithDefault("993")
        int port();

        /** IMAPS (TLS from the first byte); false is plain IMAP, for a mailbox on the same host. */
        @WithDefault("true")
        boolean ssl();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();

        @WithDefault("60s")
        Duration pollInterval();

        /** Unread mails taken per poll; the rest wait for the next one. */
        @WithDefault("50")
        int batchSize();
    }

    default EmailRules rules() {
        return new EmailRules(Set.copyOf(supportAddresses()), maxAttachments(), maxAttachmentSize().asLongValue(), maxTextChars(),
                maxMimeDepth(), maxMimeParts(), maxHeaders(), (int) Math.min(Integer.MAX_VALUE, maxHeaderSize().asLongValue()));
    }
}
