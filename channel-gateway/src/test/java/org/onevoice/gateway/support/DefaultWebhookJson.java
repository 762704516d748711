package org.onevoice.gateway.support;

import org.onevoice.gateway.limits.LimitsConfig;
import org.onevoice.gateway.limits.WebhookJson;

/** The webhook JSON reader with the default limits, for tests of the parsing classes without Quarkus. */
public final class DefaultWebhookJson {
    public static final WebhookJson INSTANCE = new WebhookJson(new LimitsConfig.Json() {
        @Override
        public int maxDepth() {
            return 32;
        }

        @Override
        public int maxStringLength() {
            return 100_000;
        }

        @Override
        public int maxNumberLength() {
            return 64;
        }
    });

    private DefaultWebhookJson() {
    }
}
