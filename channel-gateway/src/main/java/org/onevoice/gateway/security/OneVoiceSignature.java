package org.onevoice.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.onevoice.problem.ProblemException;

/**
 * The gateway's own webhook scheme, for senders that have none of their own (call-centre platform,
 * mail pipes): {@code X-OneVoice-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-OneVoice-Timestamp} in unix seconds. The timestamp is inside the signature, so a
 * captured request cannot be replayed later with a fresh timestamp.
 */
public final class OneVoiceSignature {
    public static final String SIGNATURE_HEADER = "X-OneVoice-Signature";
    public static final String TIMESTAMP_HEADER = "X-OneVoice-Timestamp";
    private static final String SCHEME = "sha256=";

    private OneVoiceSignature() {
    }

    /** @throws ProblemException 401 naming what is missing, stale or wrong */
    public static void verify(String secret, Duration tolerance, String signature, String timestamp, byte[] body) {
        if (signature == null || signature.isBlank()) {
            throw ProblemException.unauthorized("missing " + SIGNATURE_HEADER + " header");
        }
        if (timestamp == null || timestamp.isBlank()) {
            throw ProblemException.unauthorized("missing " + TIMESTAMP_HEADER + " header");
        }
        long skew = Math.abs(Duration.between(Instant.ofEpochSecond(epochSeconds(timestamp)), Instant.now()).toSeconds());
        if (skew > tolerance.toSeconds()) {
            throw ProblemException.unauthorized("stale " + TIMESTAMP_HEADER + ": " + skew + " s from the gateway's clock, more than "
                    + tolerance.toSeconds() + " s allowed");
        }
        byte[] signed = HmacSha256.sign(secret, (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), body);
        if (!HmacSha256.matches(SCHEME + HmacSha256.hex(signed), signature.strip().toLowerCase(Locale.ROOT))) {
            throw ProblemException.unauthorized(SIGNATURE_HEADER + " does not match the body");
        }
    }

    private static long epochSeconds(String timestamp) {
        try {
            return Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized(TIMESTAMP_HEADER + " is not unix seconds");
        }
    }
}
