package org.onevoice.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onevoice.gateway.callcentre.CallCentreConfig;
import org.onevoice.gateway.x.XConfig;

/**
 * Says which channels lack their secrets. It stays UP: a gateway without the call-centre secret
 * still serves X and email, and the webhook itself answers 503 with the reason.
 */
@Readiness
@ApplicationScoped
public class WebhookSecretsHealthCheck implements HealthCheck {
    static final String CONFIGURED = "configured";
    static final String MISSING = "secret not configured";

    private final CallCentreConfig callCentre;
    private final XConfig x;

    WebhookSecretsHealthCheck(CallCentreConfig callCentre, XConfig x) {
        this.callCentre = callCentre;
        this.x = x;
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
