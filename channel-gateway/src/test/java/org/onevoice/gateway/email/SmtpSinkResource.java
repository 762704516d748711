package org.onevoice.gateway.email;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.onevoice.local.smtp.SmtpSink;

/** Points the gateway's outgoing mail at {@link SmtpSink}, for every test of this module. */
@QuarkusTestResource(SmtpSinkResource.class)
public class SmtpSinkResource implements QuarkusTestResourceLifecycleManager {
    private static final SmtpSink SINK = new SmtpSink();

    static SmtpSink sink() {
        return SINK;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("gateway.email.smtp-out.host", "localhost",
                "gateway.email.smtp-out.port", Integer.toString(SINK.port()));
    }

    @Override
    public void stop() {
        // One sink for the whole test JVM, like the shared infrastructure.
    }
}
