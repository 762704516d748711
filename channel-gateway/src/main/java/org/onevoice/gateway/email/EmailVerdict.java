package org.onevoice.gateway.email;

import org.onevoice.events.v1.ContactReceived;

/** What the parser made of one raw mail: a customer question, or a rejection with its reason. */
public sealed interface EmailVerdict {

    record Accepted(ContactReceived contact) implements EmailVerdict {
    }

    record Rejected(RejectionReason reason, String detail) implements EmailVerdict {
        /** Reason and detail in one line, as told to the sending server or HTTP client. */
        public String explanation() {
            return detail == null || detail.isBlank() ? reason.description() : reason.description() + ": " + detail;
        }
    }

    static Rejected rejected(RejectionReason reason, String detail) {
        return new Rejected(reason, detail);
    }
}
