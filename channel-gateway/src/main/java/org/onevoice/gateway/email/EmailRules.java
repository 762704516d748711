package org.onevoice.gateway.email;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits and addresses the parser applies to every mail.
 *
 * @param supportAddresses   our own addresses and domains ({@code support@x.org} or {@code @x.org}):
 *                           mail from them is a loop, mail to them is accepted by the SMTP listener
 * @param maxAttachments     attachments a customer may send in one mail
 * @param maxAttachmentBytes size of the largest accepted attachment
 * @param maxTextChars       longest body (and full text) put into the event; Kafka records are limited
 * @param maxMimeDepth       multiparts and attached messages nested in each other
 * @param maxMimeParts       MIME parts in the whole mail
 * @param maxHeaders         header fields of the mail itself
 * @param maxHeaderBytes     size of the mail's header section
 */
public record EmailRules(Set<String> supportAddresses, int maxAttachments, long maxAttachmentBytes, int maxTextChars,
                         int maxMimeDepth, int maxMimeParts, int maxHeaders, int maxHeaderBytes) {
    static final int DEFAULT_MIME_DEPTH = 12;
    static final int DEFAULT_MIME_PARTS = 500;
    static final int DEFAULT_HEADERS = 500;
    static final int DEFAULT_HEADER_BYTES = 256 * 1024;

    /** The given attachment and text limits with the default structure limits. */
    public EmailRules(Set<String> supportAddresses, int maxAttachments, long maxAttachmentBytes, int maxTextChars) {
        this(supportAddresses, maxAttachments, maxAttachmentBytes, maxTextChars, DEFAULT_MIME_DEPTH, DEFAULT_MIME_PARTS,
                DEFAULT_HEADERS, DEFAULT_HEADER_BYTES);
    }

    public EmailRules {
        supportAddresses = supportAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isSupportAddress(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String domain = at < 0 ? "" : lower.substring(at + 1);
        return supportAddresses.contains(lower) || supportAddresses.contains('@' + domain) || supportAddresses.contains(domain);
    }
}
