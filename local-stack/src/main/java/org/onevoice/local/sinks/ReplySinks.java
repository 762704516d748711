package org.onevoice.local.sinks;

import java.util.Map;
import org.onevoice.local.smtp.SmtpSink;
import org.onevoice.local.x.XApiSink;

/**
 * The customers' side of the outbound channels, where a gateway started by the tests or the bench
 * delivers agents' answers: an X API and a mail server, both local and both keeping what arrived.
 */
public final class ReplySinks implements AutoCloseable {
    private final XApiSink x = new XApiSink();
    private final SmtpSink mail = new SmtpSink();

    /** The gateway's settings that send replies here. */
    public Map<String, String> gatewayEnvironment() {
        return Map.of(
                "GATEWAY_X_API_BASE_URL", x.baseUrl(),
                "GATEWAY_X_BEARER_TOKEN", "local-bearer-token",
                "GATEWAY_EMAIL_SMTP_OUT_HOST", "127.0.0.1",
                "GATEWAY_EMAIL_SMTP_OUT_PORT", Integer.toString(mail.port()));
    }

    public XApiSink x() {
        return x;
    }

    public SmtpSink mail() {
        return mail;
    }

    @Override
    public void close() {
        try {
            x.close();
        } finally {
            mail.close();
        }
    }
}
