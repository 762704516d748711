package org.onevoice.gateway.email;

/**
 * A mail's MIME structure goes beyond a limit. Checked, so the walk's tolerance of unreadable parts
 * cannot swallow it: the whole mail is refused with this reason.
 */
final class MimeLimitExceeded extends Exception {
    private final RejectionReason reason;

    MimeLimitExceeded(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    EmailVerdict.Rejected verdict() {
        return EmailVerdict.rejected(reason, getMessage());
    }
}
