package org.onevoice.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevoice.gateway.support.AgentReplies.last;
import static org.onevoice.gateway.support.AgentReplies.nextId;
import static org.onevoice.gateway.support.AgentReplies.reply;
import static org.onevoice.gateway.support.AgentReplies.reportsUntil;
import static org.onevoice.gateway.support.AgentReplies.ticketOnTheSamePartitionAs;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.FakeXApi;
import org.onevoice.gateway.support.KafkaTopics;

/**
 * The order replies go out in: a ticket's own one after the other, as written, and those of other
 * tickets beside them, also when they were read from the same partition right behind.
 */
@QuarkusTest
class ReplyOrderTest {
    private final FakeXApi x = FakeXApi.get();

    @Test
    void aReplyWaitingForItsRetryHoldsUpOnlyTheLaterRepliesOfItsOwnTicket() {
        long slowTicket = nextId();
        long otherTicket = ticketOnTheSamePartitionAs(slowTicket);
        AgentReplied retried = reply(slowTicket, Channel.X, "Checking with the bank " + slowTicket, "1700000000000000010");
        AgentReplied writtenAfter = reply(slowTicket, Channel.X, "The bank confirmed it " + slowTicket, "1700000000000000010");
        AgentReplied elsewhere = reply(otherTicket, Channel.X, "Another conversation " + otherTicket, "1700000000000000011");
        FakeXApi.Answer unavailable = FakeXApi.Answer.status(503, "{\"title\":\"Service Unavailable\"}");
        x.script(retried.body(), unavailable, unavailable, unavailable);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(slowTicket), retried, writtenAfter);
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(otherTicket), elsewhere);

        assertEquals(DeliveryReport.State.SENT, last(reportsUntil(otherTicket, elsewhere.replyId())).state());
        List<DeliveryReport> slow = reportsUntil(slowTicket, writtenAfter.replyId());
        assertEquals(List.of(retried.replyId(), writtenAfter.replyId()), slow.stream().map(DeliveryReport::replyId).toList());
        assertTrue(slow.stream().allMatch(r -> r.state() == DeliveryReport.State.SENT));
        List<String> tweeted = x.requests().stream().map(FakeXApi.Request::body).toList();
        List<Integer> retriedTries = positions(tweeted, retried.body());
        assertEquals(4, retriedTries.size(), "three refused, one accepted");
        int retriedOut = last(retriedTries);
        assertTrue(positions(tweeted, elsewhere.body()).get(0) < retriedOut, "the other ticket's reply went out while the retried one waited");
        assertTrue(retriedOut < positions(tweeted, writtenAfter.body()).get(0), "the ticket's replies went out in the order written");
    }

    @Test
    void repliesOfDifferentTicketsGoOutAtTheSameTime() {
        long firstTicket = nextId();
        long secondTicket = ticketOnTheSamePartitionAs(firstTicket);
        AgentReplied first = reply(firstTicket, Channel.X, "We are reading your statement " + firstTicket, "1700000000000000012");
        AgentReplied second = reply(secondTicket, Channel.X, "Your new card is on its way " + secondTicket, "1700000000000000013");
        // One at a time, the first reply's request would time out waiting for the second and be tried again.
        x.holdUntilSeen(first.body(), second.body());

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(firstTicket), first);
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(secondTicket), second);

        assertEquals(DeliveryReport.State.SENT, last(reportsUntil(firstTicket, first.replyId())).state());
        assertEquals(DeliveryReport.State.SENT, last(reportsUntil(secondTicket, second.replyId())).state());
        assertEquals(1, x.requestsContaining(first.body()).size(), "the first reply went out on its first attempt, beside the second");
    }

    /** Where in {@code bodies} the ones containing {@code text} are, in order. */
    private static List<Integer> positions(List<String> bodies, String text) {
        return IntStream.range(0, bodies.size()).filter(i -> bodies.get(i).contains(text)).boxed().toList();
    }
}
