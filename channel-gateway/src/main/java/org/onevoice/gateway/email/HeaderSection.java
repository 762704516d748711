package org.onevoice.gateway.email;

import java.util.Optional;

/**
 * Measures a raw mail's header section before any parser holds it whole: Angus Mail keeps every
 * header line in memory, so a mail of a million header lines would otherwise cost that much heap.
 */
final class HeaderSection {
    private HeaderSection() {
    }

    static Optional<EmailVerdict.Rejected> check(byte[] message, EmailRules rules) {
        int fields = 0;
        int lineStart = 0;
        int size = message.length;
        for (int i = 0; i < message.length && i <= rules.maxHeaderBytes(); i++) {
            if (message[i] != '\n') {
                continue;
            }
            boolean empty = i == lineStart || i == lineStart + 1 && message[lineStart] == '\r';
            if (empty) {
                size = lineStart;
                break;
            }
            if (message[lineStart] != ' ' && message[lineStart] != '\t' && ++fields > rules.maxHeaders()) {
                return Optional.of(EmailVerdict.rejected(RejectionReason.TOO_MANY_HEADERS, "more than " + rules.maxHeaders() + " (gateway.email.max-headers)"));
            }
            lineStart = i + 1;
        }
        if (size > rules.maxHeaderBytes()) {
            return Optional.of(EmailVerdict.rejected(RejectionReason.HEADERS_TOO_LARGE, "more than " + rules.maxHeaderBytes() + " bytes (gateway.email.max-header-size)"));
        }
        return Optional.empty();
    }
}
