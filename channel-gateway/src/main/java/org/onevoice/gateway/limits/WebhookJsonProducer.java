package org.onevoice.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One {@link WebhookJson} for every webhook, built from the configured limits. */
@ApplicationScoped
class WebhookJsonProducer {
    @Produces
    @Singleton
    WebhookJson webhookJson(LimitsConfig config) {
        return new WebhookJson(config.json());
    }
}
