package org.onevoice.gateway.email;

import jakarta.enterprise.context.ApplicationScoped;
import org.onevoice.gateway.security.OneVoiceSignature;
import org.onevoice.problem.ProblemException;

/** Checks that a raw mail POSTed by a mail-server pipe or inbound-parse service is signed and fresh ({@link OneVoiceSignature}). */
@ApplicationScoped
public class EmailSignature {
    private final EmailConfig config;

    EmailSignature(EmailConfig config) {
        this.config = config;
    }

    /** @throws ProblemException 401 naming what is wrong, 503 when no secret is configured */
    public void verify(String signature, String timestamp, byte[] body) {
        String secret = config.secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ProblemException.unavailable("email secret not configured (gateway.email.secret)"));
        OneVoiceSignature.verify(secret, config.timestampTolerance(), signature, timestamp, body);
    }
}
