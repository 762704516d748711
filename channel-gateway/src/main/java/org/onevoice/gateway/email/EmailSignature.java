package org.onevoice.gateway.email;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.onevoice.gateway.problem.ProblemException;
import org.onevoice.gateway.security.HmacSha256;

/**
 * Authenticates raw mails POSTed by a mail-server pipe or inbound-parse service with the gateway's
 * webhook scheme: {@code X-OneVoice-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * over a fresh {@code X-OneVoice-Timestamp} (unix seconds), so a captured request cannot be replayed later.
 */
@ApplicationScoped
public class EmailSignature {
    public static final String SIGNATURE_HEADER = "X-OneVoice-Signature";
    public static final String TIMESTAMP_HEADER = "X-OneVoice-Timestamp";

    private final EmailConfig config;
    private final Clock clock = Clock.systemUTC();

    EmailSignature(EmailConfig config) {
        this.config = config;
    }

    /** @throws ProblemException 401 naming what is wrong, 503 when no secret is configured */
    public void verify(String signature, String timestamp, byte[] body) {
        String secret = config.secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ProblemException.unconfigured("email secret not configured (gateway.email.secret)"));
        long sentAt = parseTimestamp(timestamp);
        long tolerance = config.timestampTolerance().toSeconds();
        long skew = Math.abs(clock.instant().getEpochSecond() - sentAt);
        if (skew > tolerance) {
            throw ProblemException.unauthorized(TIMESTAMP_HEADER + " is " + skew + " s off the gateway's clock (" + tolerance + " s allowed)");
        }
        String presented = signature == null ? null : signature.strip().toLowerCase(Locale.ROOT);
        String expected = "sha256=" + HmacSha256.hex(HmacSha256.sign(secret, (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), body));
        if (!HmacSha256.matches(expected, presented)) {
            throw ProblemException.unauthorized(signature == null ? "missing " + SIGNATURE_HEADER : SIGNATURE_HEADER + " does not match the body");
        }
    }

    private static long parseTimestamp(String timestamp) {
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            throw ProblemException.unauthorized(TIMESTAMP_HEADER + " must be unix seconds");
        }
        return Long.parseLong(timestamp.strip());
    }
}
