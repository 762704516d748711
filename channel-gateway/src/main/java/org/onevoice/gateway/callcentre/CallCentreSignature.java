package org.onevoice.gateway.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import org.onevoice.gateway.security.OneVoiceSignature;
import org.onevoice.problem.ProblemException;

/** Checks that a webhook comes from the call-centre platform and is fresh ({@link OneVoiceSignature}). */
@ApplicationScoped
public class CallCentreSignature {
    private final CallCentreConfig config;

    CallCentreSignature(CallCentreConfig config) {
        this.config = config;
    }

    /** @throws ProblemException 401 with the reason, or 503 when no secret is configured */
    public void verify(String signature, String timestamp, byte[] body) {
        String secret = config.secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ProblemException.unavailable("webhook secret not configured (gateway.call-centre.secret)"));
        OneVoiceSignature.verify(secret, config.timestampTolerance(), signature, timestamp, body);
    }
}
