package org.onevoice.gateway.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.onevoice.gateway.problem.ProblemException;
import org.onevoice.gateway.security.HmacSha256;

/**
 * Checks that a webhook comes from the call-centre platform and is fresh: the platform signs
 * {@code timestamp + "." + body} with the shared secret. The timestamp is inside the signature,
 * so an old request cannot be replayed with a new timestamp.
 */
@ApplicationScoped
public class CallCentreSignature {
    public static final String SIGNATURE_HEADER = "X-OneVoice-Signature";
    public static final String TIMESTAMP_HEADER = "X-OneVoice-Timestamp";
    static final String SCHEME = "sha256=";

    private final CallCentreConfig config;

    CallCentreSignature(CallCentreConfig config) {
        this.config = config;
    }

    /** @throws ProblemException 401 with the reason, or 503 when no secret is configured */
    public void verify(String signature, String timestamp, byte[] body) {
        String secret = config.secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ProblemException.unconfigured("webhook secret not configured (gateway.call-centre.secret)"));
        if (signature == null || signature.isBlank()) {
            throw ProblemException.unauthorized("missing " + SIGNATURE_HEADER + " header");
        }
        if (timestamp == null || timestamp.isBlank()) {
            throw ProblemException.unauthorized("missing " + TIMESTAMP_HEADER + " header");
        }
        long skew = Math.abs(Duration.between(Instant.ofEpochSecond(epochSeconds(timestamp)), Instant.now()).toSeconds());
        if (skew > config.timestampTolerance().toSeconds()) {
            throw ProblemException.unauthorized("stale " + TIMESTAMP_HEADER + ": " + skew + " s from the gateway's clock, more than "
                    + config.timestampTolerance().toSeconds() + " s allowed");
        }
        String expected = SCHEME + HmacSha256.hex(sign(secret, timestamp.strip(), body));
        if (!HmacSha256.matches(expected, signature.strip().toLowerCase(Locale.ROOT))) {
            throw ProblemException.unauthorized(SIGNATURE_HEADER + " does not match the body");
        }
    }

    static byte[] sign(String secret, String timestamp, byte[] body) {
        return HmacSha256.sign(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    }

    private static long epochSeconds(String timestamp) {
        try {
            return Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized(TIMESTAMP_HEADER + " is not unix seconds");
        }
    }
}
