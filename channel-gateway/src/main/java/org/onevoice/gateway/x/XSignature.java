package org.onevoice.gateway.x;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.onevoice.gateway.security.HmacSha256;
import org.onevoice.problem.ProblemException;

/**
 * X's webhook security: the challenge-response check X runs when registering and hourly after, and
 * the signature on every event delivery, both HMAC-SHA256 with the app's consumer secret, base64.
 */
@ApplicationScoped
public class XSignature {
    public static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";
    static final String SCHEME = "sha256=";

    private final XConfig config;

    XSignature(XConfig config) {
        this.config = config;
    }

    public String crcResponse(String crcToken) {
        return SCHEME + HmacSha256.base64(HmacSha256.sign(secret(), crcToken.getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws ProblemException 401 when the signature is missing or wrong, 503 without a secret */
    public void verify(String signature, byte[] body) {
        String expected = SCHEME + HmacSha256.base64(HmacSha256.sign(secret(), body));
        if (signature == null || signature.isBlank()) {
            throw ProblemException.unauthorized("missing " + SIGNATURE_HEADER + " header");
        }
        if (!HmacSha256.matches(expected, signature.strip())) {
            throw ProblemException.unauthorized(SIGNATURE_HEADER + " does not match the body");
        }
    }

    private String secret() {
        return config.consumerSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ProblemException.unavailable("webhook secret not configured (gateway.x.consumer-secret)"));
    }
}
