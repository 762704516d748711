package org.onevoice.gateway.x;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.Threading;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.language.LanguageDetector;
import org.onevoice.gateway.outbound.DeliveryLog;
import org.onevoice.problem.ProblemException;

/**
 * Turns an Account Activity delivery into contact events. What the subscribed brand account wrote
 * itself is not a contact but an answer given on the channel ({@link AnswerGiven}), so response
 * times stay true when agents answer in X's own apps; what OneVoice itself sent is left out, the
 * ticket already has it.
 */
@ApplicationScoped
public class XActivityMapper {
    static final String TWEETS = "tweet_create_events";
    static final String DIRECT_MESSAGES = "direct_message_events";
    /** Top-level fields that describe the delivery instead of being events. */
    private static final Set<String> ENVELOPE = Set.of("for_user_id", "users", "apps", "user_has_blocked", "source");

    private final Predicate<String> sentByOneVoice;
    private final Consumer<String> ignored;

    @Inject
    XActivityMapper(DeliveryLog deliveries, ChannelMetrics metrics) {
        this(id -> deliveries.sentByOneVoice(Channel.X, id), kind -> metrics.ignored(Channel.X, kind));
    }

    /**
     * @param sentByOneVoice whether a tweet or DM id is one OneVoice itself sent
     * @param ignored        told the kind of everything in a delivery that is no contact
     */
    XActivityMapper(Predicate<String> sentByOneVoice, Consumer<String> ignored) {
        this.sentByOneVoice = sentByOneVoice;
        this.ignored = ignored;
    }

    public List<ContactEvent> contacts(JsonNode payload, Instant ingestedAt) {
        if (payload == null || !payload.isObject()) {
            throw ProblemException.badRequest("the body is not an Account Activity event object");
        }
        String brandId = XFields.required(payload, "for_user_id", "$");
        List<ContactEvent> contacts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case TWEETS -> forEach(field.getValue(), TWEETS, (tweet, path) -> tweet(tweet, path, brandId, ingestedAt, contacts));
                case DIRECT_MESSAGES -> forEach(field.getValue(), DIRECT_MESSAGES,
                        (dm, path) -> directMessage(dm, path, brandId, payload.path("users"), ingestedAt, contacts));
                default -> {
                    if (!ENVELOPE.contains(field.getKey())) {
                        ignored.accept(field.getKey());
                    }
                }
            }
        }
        return contacts;
    }

    private void tweet(JsonNode tweet, String path, String brandId, Instant ingestedAt, List<ContactEvent> contacts) {
        String id = XFields.required(tweet, "id_str", path);
        String authorId = XFields.required(tweet.path("user"), "id_str", path + ".user");
        if (tweet.has("retweeted_status")) {
            ignored.accept("retweet");
            return;
        }
        String text = tweet.path("truncated").asBoolean(false) || tweet.has("extended_tweet")
                ? XFields.required(tweet.path("extended_tweet"), "full_text", path + ".extended_tweet")
                : XFields.required(tweet, "text", path);
        Instant at = XFields.epochMillis(tweet, "timestamp_ms", path);
        String inReplyTo = XFields.optional(tweet, "in_reply_to_status_id_str");
        if (!authorId.equals(brandId)) {
            CustomerIdentity author = XContacts.user(authorId, XFields.optional(tweet.path("user"), "screen_name"),
                    XFields.optional(tweet.path("user"), "name"));
            contacts.add(XContacts.customerTweet(id, author, text, inReplyTo, at, XFields.optional(tweet, "lang"), ingestedAt));
            return;
        }
        String customerId = XFields.optional(tweet, "in_reply_to_user_id_str");
        if (customerId == null || customerId.equals(brandId)) {
            ignored.accept("brand_tweet");
            return;
        }
        if (sentByOneVoice.test(id)) {
            ignored.accept("onevoice_reply");
            return;
        }
        CustomerIdentity customer = XContacts.user(customerId, XFields.optional(tweet, "in_reply_to_screen_name"), null);
        contacts.add(new AnswerGiven(EventIds.forChannelMessage(Channel.X, id, AnswerGiven.TYPE), Channel.X, id,
                Threading.replyTo(inReplyTo), customer, at, ingestedAt, XFields.optional(tweet.path("user"), "screen_name"), text,
                Map.of(Facts.X_KIND, XContacts.KIND_TWEET)));
    }

    private void directMessage(JsonNode event, String path, String brandId, JsonNode users, Instant ingestedAt,
                               List<ContactEvent> contacts) {
        String type = XFields.required(event, "type", path);
        if (!"message_create".equals(type)) {
            ignored.accept("dm_" + type);
            return;
        }
        String id = XIds.dmEvent(XFields.required(event, "id", path));
        Instant at = XFields.epochMillis(event, "created_timestamp", path);
        JsonNode message = event.path("message_create");
        String senderId = XFields.required(message, "sender_id", path + ".message_create");
        String text = message.path("message_data").path("text").asText("");
        Map<String, String> facts = Map.of(Facts.X_KIND, XContacts.KIND_DM);
        if (!senderId.equals(brandId)) {
            contacts.add(new ContactReceived(EventIds.forChannelMessage(Channel.X, id, ContactReceived.TYPE), Channel.X, id,
                    Threading.thread(XIds.dmThread(senderId)), user(users, senderId), at, ingestedAt,
                    LanguageDetector.detect(text), null, text, facts));
            return;
        }
        if (sentByOneVoice.test(id)) {
            ignored.accept("onevoice_reply");
            return;
        }
        String recipientId = XFields.required(message.path("target"), "recipient_id", path + ".message_create.target");
        contacts.add(new AnswerGiven(EventIds.forChannelMessage(Channel.X, id, AnswerGiven.TYPE), Channel.X, id,
                Threading.thread(XIds.dmThread(recipientId)), user(users, recipientId), at, ingestedAt,
                XFields.optional(users.path(brandId), "screen_name"), text, facts));
    }

    /** DM events name users by id only; the delivery's {@code users} map has their names. */
    private static CustomerIdentity user(JsonNode users, String id) {
        JsonNode user = users.path(id);
        return XContacts.user(id, XFields.optional(user, "screen_name"), XFields.optional(user, "name"));
    }

    private static void forEach(JsonNode array, String field, BiConsumer<JsonNode, String> handler) {
        if (!array.isArray()) {
            throw ProblemException.badField(field, "expected an array");
        }
        for (int i = 0; i < array.size(); i++) {
            handler.accept(array.get(i), field + "[" + i + "]");
        }
    }
}
