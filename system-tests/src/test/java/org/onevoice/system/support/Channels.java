package org.onevoice.system.support;

import java.time.Instant;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.local.replay.GatewayWebhooks;
import org.onevoice.local.replay.ReplayEvent;

/** A customer's contacts as the channels deliver them to the gateway: signed webhooks. */
public final class Channels {
    public static final String BRAND_USER_ID = "900000001";

    private final GatewayWebhooks webhooks;

    public Channels(String gatewayUrl, WebhookSecrets secrets) {
        this.webhooks = new GatewayWebhooks(gatewayUrl, secrets);
    }

    /** Posts one call-centre lifecycle event and returns the HTTP status. */
    public int callEvent(String callId, String type, Instant at, String caller, String question) {
        String agent = type.equals("QUEUED") ? null : "DORIT";
        return webhooks.send(new ReplayEvent.Call(callId, type, at, caller, "retail", agent, question));
    }

    /** Posts the wrap-up of an answered call: the answer the agent gave and the topic the agent chose. */
    public int callWrapUp(String callId, Instant at, String caller, String answer, String topic) {
        return webhooks.send(new ReplayEvent.Call(callId, "WRAP_UP", at, caller, "retail", "DORIT", null, answer, topic));
    }

    /** Posts an Account Activity {@code tweet_create_events} delivery of one customer tweet to the brand. */
    public int tweet(String tweetId, String userId, String screenName, String text, Instant at) {
        return webhooks.send(new ReplayEvent.Tweet(tweetId, userId, screenName, text, at, null, null, BRAND_USER_ID, false));
    }
}
