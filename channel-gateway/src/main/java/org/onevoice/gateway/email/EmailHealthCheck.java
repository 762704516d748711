package org.onevoice.gateway.email;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready when the SMTP listener is bound (or switched off). A missing secret for the raw-mail
 * endpoint is reported but keeps the gateway UP: SMTP still works, the endpoint answers 503.
 */
@Readiness
@ApplicationScoped
public class EmailHealthCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(EmailHealthCheck.class);

    private final SmtpListener listener;
    private final SmtpListenerConfig smtp;
    private final EmailConfig email;

    EmailHealthCheck(SmtpListener listener, SmtpListenerConfig smtp, EmailConfig email) {
        this.listener = listener;
        this.smtp = smtp;
        this.email = email;
    }

    void warnAboutMissingSecret(@Observes StartupEvent startup) {
        if (email.secret().isEmpty()) {
            LOG.warn("GATEWAY_EMAIL_SECRET (gateway.email.secret) is not set: POST /channels/email/messages answers 503");
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("email")
                .withData("raw-mail endpoint", email.secret().isPresent() ? "configured" : "secret not configured");
        if (!smtp.enabled()) {
            return response.up().withData("smtp listener", "disabled").build();
        }
        return listener.bound() ? response.up().withData("smtp listener", "port " + listener.port()).build()
                : response.down().withData("smtp listener", "not bound").build();
    }
}
