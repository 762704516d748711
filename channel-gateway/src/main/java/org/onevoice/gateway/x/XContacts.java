package org.onevoice.gateway.x;

import java.time.Instant;
import java.util.Map;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.gateway.language.LanguageDetector;

/**
 * A customer's tweet as a contact, the same whether the webhook or the mentions poller saw it: the
 * event id depends on the tweet id alone, so a tweet seen both ways is one contact.
 */
final class XContacts {
    static final String KIND_TWEET = "tweet";
    static final String KIND_DM = "dm";

    private XContacts() {
    }

    /**
     * @param xLanguage X's language tag of the tweet, or null
     */
    static ContactReceived customerTweet(String tweetId, CustomerIdentity author, String text, String inReplyToTweetId,
                                         Instant at, String xLanguage, Instant ingestedAt) {
        return new ContactReceived(EventIds.forChannelMessage(Channel.X, tweetId, ContactReceived.TYPE), Channel.X, tweetId,
                Threading.replyTo(inReplyToTweetId), author, at, ingestedAt, LanguageDetector.detect(text, xLanguage), null, text,
                Map.of(Facts.X_KIND, KIND_TWEET));
    }

    static CustomerIdentity user(String id, String screenName, String name) {
        return new CustomerIdentity(IdentityKind.X_USER, id, screenName, name);
    }
}
