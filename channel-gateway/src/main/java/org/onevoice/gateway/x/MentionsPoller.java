package org.onevoice.gateway.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.gateway.intake.ContactPublisher;

/**
 * Polls {@code GET /2/users/:id/mentions} and publishes each new mention as the same
 * {@link ContactReceived} the webhook would. The cursor (newest id seen) advances only after Kafka
 * acknowledged the mentions, so a failed round is repeated, never skipped. Without a cursor only
 * the newest page is taken: the poller starts listening, it does not import the account's history.
 */
@ApplicationScoped
public class MentionsPoller {
    private static final Logger LOG = Logger.getLogger(MentionsPoller.class);
    private static final String FIELDS = "&max_results=100&expansions=author_id&tweet.fields=created_at,lang,referenced_tweets,author_id"
            + "&user.fields=username,name";

    private final XConfig config;
    private final XApiClient api;
    private final MentionsCursor cursor;
    private final ContactPublisher publisher;
    private ScheduledExecutorService scheduler;

    MentionsPoller(XConfig config, XApiClient api, MentionsCursor cursor, ContactPublisher publisher) {
        this.config = config;
        this.api = api;
        this.cursor = cursor;
        this.publisher = publisher;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.mentions().enabled()) {
            return;
        }
        if (config.mentions().userId().isEmpty()) {
            LOG.error("gateway.x.mentions.enabled is true but gateway.x.mentions.user-id is not set: mentions are not polled");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "x-mentions-poller");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.mentions().pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pollLogged, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void pollLogged() {
        try {
            int published = pollOnce();
            LOG.debugf("mentions poll published %d contacts", published);
        } catch (XApiException | RuntimeException e) {
            LOG.warnf("mentions poll failed, next try in %s: %s", config.mentions().pollInterval(), e.getMessage());
        }
    }

    /** One round: fetch what is new, publish it oldest first, then advance the cursor. Returns the number published. */
    public int pollOnce() throws XApiException {
        String userId = config.mentions().userId()
                .orElseThrow(() -> new IllegalStateException("gateway.x.mentions.user-id is not set"));
        Optional<String> since = cursor.sinceId(userId);
        List<JsonNode> mentions = new ArrayList<>();
        Map<String, JsonNode> users = new HashMap<>();
        String newest = null;
        String pageToken = null;
        do {
            JsonNode page = api.get("/2/users/" + encode(userId) + "/mentions?" + query(since, pageToken));
            if (newest == null) {
                newest = XFields.optional(page.path("meta"), "newest_id");
            }
            page.path("data").forEach(mentions::add);
            page.path("includes").path("users").forEach(user -> users.put(user.path("id").asText(), user));
            pageToken = XFields.optional(page.path("meta"), "next_token");
        } while (pageToken != null && since.isPresent());

        Collections.reverse(mentions);
        Instant now = Instant.now();
        List<ContactReceived> contacts = mentions.stream()
                .filter(MentionsPoller::identified)
                .filter(tweet -> !userId.equals(XFields.optional(tweet, "author_id")))
                .map(tweet -> contact(tweet, users, now))
                .toList();
        publisher.publishInOrder(contacts).await().indefinitely();
        if (newest != null) {
            cursor.advance(userId, newest);
        }
        return contacts.size();
    }

    /** A mention without id or author cannot be a contact; skipping it keeps the cursor moving. */
    private static boolean identified(JsonNode tweet) {
        if (XFields.optional(tweet, "id") != null && XFields.optional(tweet, "author_id") != null) {
            return true;
        }
        LOG.warnf("mention without id or author_id skipped: %s", XFields.optional(tweet, "id"));
        return false;
    }

    private static String query(Optional<String> since, String pageToken) {
        StringBuilder query = new StringBuilder();
        since.ifPresent(id -> query.append("since_id=").append(encode(id)));
        if (pageToken != null) {
            query.append(query.isEmpty() ? "" : "&").append("pagination_token=").append(encode(pageToken));
        }
        return query.append(FIELDS).toString().replaceFirst("^&", "");
    }

    private static ContactReceived contact(JsonNode tweet, Map<String, JsonNode> users, Instant ingestedAt) {
        String authorId = XFields.optional(tweet, "author_id");
        JsonNode author = users.getOrDefault(authorId, MissingNode.getInstance());
        String inReplyTo = null;
        for (JsonNode referenced : tweet.path("referenced_tweets")) {
            if ("replied_to".equals(XFields.optional(referenced, "type"))) {
                inReplyTo = XFields.optional(referenced, "id");
            }
        }
        return XContacts.customerTweet(XFields.optional(tweet, "id"),
                XContacts.user(authorId, XFields.optional(author, "username"), XFields.optional(author, "name")),
                tweet.path("text").asText(""), inReplyTo, createdAt(tweet, ingestedAt), XFields.optional(tweet, "lang"), ingestedAt);
    }

    /** X always sends created_at when asked; a mention without it is dated when the gateway saw it. */
    private static Instant createdAt(JsonNode tweet, Instant fallback) {
        try {
            String createdAt = XFields.optional(tweet, "created_at");
            return createdAt == null ? fallback : Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
