package org.onevoice.gateway.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.onevoice.gateway.callcentre.CallCentreConfig;
import org.onevoice.gateway.x.XConfig;

/**
 * Says which channels lack their secrets. It stays UP: a gateway without the call-centre secret
 * still serves X and email, and the webhook itself answers 503 with the reason.
 */
@Readiness
@ApplicationScoped
public class WebhookSecretsHealthCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(WebhookSecretsHealthCheck.class);
    static final String CONFIGURED = "configured";
    static final String MISSING = "secret not configured";

    private final CallCentreConfig callCentre;
    private final XConfig x;

    WebhookSecretsHealthCheck(CallCentreConfig callCentre, XConfig x) {
        this.callCentre = callCentre;
        this.x = x;
    }

    void warnAboutMissingSecrets(@Observes StartupEvent startup) {
        if (callCentre.secret().isEmpty()) {
            LOG.warn("GATEWAY_CALL_CENTRE_SECRET (gateway.call-centre.secret) is not set: POST /webhooks/call-centre answers 503");
        }
        if (x.consumerSecret().isEmpty()) {
            LOG.warn("GATEWAY_X_CONSUMER_SECRET (gateway.x.consumer-secret) is not set: /webhooks/x answers 503");
        }
        if (x.bearerToken().isEmpty()) {
            LOG.warn("GATEWAY_X_BEARER_TOKEN (gateway.x.bearer-token) is not set: replies on X are reported FAILED");
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("channel secrets")
                .up()
                .withData("call-centre webhook", state(callCentre.secret().isPresent()))
                .withData("x webhook", state(x.consumerSecret().isPresent()))
                .withData("x replies", x.bearerToken().isPresent() ? CONFIGURED : "bearer token not configured")
                .build();
    }

    private static String state(boolean configured) {
        return configured ? CONFIGURED : MISSING;
    }
}
