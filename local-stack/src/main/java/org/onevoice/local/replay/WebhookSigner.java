package org.onevoice.local.replay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures a real sender computes, from the protocol descriptions (not from the gateway's
 * code), so whatever uses them checks the gateway against the protocol.
 */
public final class WebhookSigner {
    /** Looking the algorithm up among the providers cost the bench's load generator more than the HMAC itself. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private WebhookSigner() {
    }

    /** {@code X-OneVoice-Signature}: hex HMAC-SHA256 over {@code timestamp + "." + body}. */
    public static String oneVoice(String secret, long timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /** X's {@code x-twitter-webhooks-signature}: base64 HMAC-SHA256 of the raw body with the consumer secret. */
    public static String x(String consumerSecret, String body) {
        return "sha256=" + Base64.getEncoder().encodeToString(hmac(consumerSecret, body));
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
