package org.onevoice.gateway.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises mail no person wrote (RFC 3834 auto-replies, RFC 3464 bounces, out-of-office
 * notices, bulk mail) so the gateway never opens a ticket for it nor answers it, which would
 * start a mail loop.
 */
final class AutomatedMailDetector {
    private static final Pattern DAEMON_SENDER = Pattern.compile("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@.*");
    private static final String[] AUTO_REPLY_HEADERS = {"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"};

    private AutomatedMailDetector() {
    }

    static Optional<EmailVerdict.Rejected> check(MimeMessage message, String senderAddress) throws MessagingException {
        String contentType = lower(message.getHeader("Content-Type", null));
        if (contentType.startsWith("multipart/report") || contentType.startsWith("message/delivery-status")
                || contentType.startsWith("message/disposition-notification")) {
            return reject(RejectionReason.DELIVERY_REPORT, "Content-Type " + contentType.split(";")[0]);
        }
        if (senderAddress != null && DAEMON_SENDER.matcher(senderAddress).matches()) {
            return reject(RejectionReason.DELIVERY_REPORT, "sender " + senderAddress.substring(0, senderAddress.indexOf('@')));
        }
        if (lower(message.getHeader("Return-Path", null)).replaceAll("\\s", "").equals("<>")) {
            return reject(RejectionReason.DELIVERY_REPORT, "null return path");
        }
        String autoSubmitted = lower(message.getHeader("Auto-Submitted", null));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return reject(RejectionReason.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted);
        }
        for (String header : AUTO_REPLY_HEADERS) {
            if (message.getHeader(header) != null) {
                return reject(RejectionReason.AUTO_REPLY, header);
            }
        }
        String precedence = lower(message.getHeader("Precedence", null));
        if (precedence.equals("auto_reply")) {
            return reject(RejectionReason.AUTO_REPLY, "Precedence: auto_reply");
        }
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return reject(RejectionReason.BULK, "Precedence: " + precedence);
        }
        return Optional.empty();
    }

    private static Optional<EmailVerdict.Rejected> reject(RejectionReason reason, String detail) {
        return Optional.of(EmailVerdict.rejected(reason, detail));
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
