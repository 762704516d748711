package org.onevoice.gateway.email;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the SMTP listener is bound, or when it is switched off. */
@Readiness
@ApplicationScoped
public class SmtpListenerHealth implements HealthCheck {
    private final SmtpListener listener;
    private final SmtpListenerConfig config;

    SmtpListenerHealth(SmtpListener listener, SmtpListenerConfig config) {
        this.listener = listener;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("smtp-listener");
        if (!config.enabled()) {
            return response.up().withData("enabled", false).build();
        }
        return listener.bound() ? response.up().withData("port", listener.port()).build() : response.down().build();
    }
}
