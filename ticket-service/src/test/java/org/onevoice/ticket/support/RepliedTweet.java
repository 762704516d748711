package org.onevoice.ticket.support;

import java.time.Instant;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.DeliveryReport;

/**
 * A customer's tweet, its ticket and two agent replies to it that the gateway has not reported on yet, with the tweet
 * ids X gives the replies once it takes them.
 */
public record RepliedTweet(ContactReceived question, long ticket, Reply first, Reply second) {

    public record Reply(long id, String text, String tweetId) {
    }

    public static RepliedTweet of(String handle, String question, String firstReply, String secondReply, Instant at) {
        ContactReceived tweet = Contacts.tweet(Contacts.xUser(handle), question + " " + Contacts.uniqueId(), null, at);
        Kafka.publish(tweet);
        long ticket = Api.awaitTicketWithMessage("X", tweet.body());
        return new RepliedTweet(tweet, ticket, new Reply(Replies.reply(ticket, firstReply), firstReply, Contacts.uniqueId()),
                new Reply(Replies.reply(ticket, secondReply), secondReply, Contacts.uniqueId()));
    }

    /** X showing both replies to us as the brand's tweets, as it does once it took them. */
    public void publishEchoes(Instant at) {
        Kafka.publish(Contacts.brandTweet(first.tweetId(), question.customer(), first.text(), question.channelMessageId(), at),
                Contacts.brandTweet(second.tweetId(), question.customer(), second.text(), question.channelMessageId(), at.plusSeconds(1)));
    }

    /** The gateway's report that X took the reply. */
    public DeliveryReport sent(Reply reply) {
        return sent(ticket, reply.id(), reply.tweetId());
    }

    /** The gateway's report that X took a reply and gave it this tweet id. */
    public static DeliveryReport sent(long ticket, long reply, String tweetId) {
        return new DeliveryReport(DeliveryReport.idFor(reply, DeliveryReport.State.SENT), ticket, reply, Channel.X,
                DeliveryReport.State.SENT, tweetId, null, Instant.now());
    }
}
