package org.onevoice.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevoice.gateway.support.AgentReplies.last;
import static org.onevoice.gateway.support.AgentReplies.nextId;
import static org.onevoice.gateway.support.AgentReplies.reply;
import static org.onevoice.gateway.support.AgentReplies.reportsUntil;
import static org.onevoice.gateway.support.AgentReplies.xUser;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.FakeXApi;
import org.onevoice.gateway.support.KafkaTopics;

/** Agent replies from tickets.events go out through a real HTTP X API (a local fake) exactly once. */
@QuarkusTest
class XReplyDeliveryTest {
    private static final FakeXApi.Answer DUPLICATE_CONTENT = FakeXApi.Answer.status(403,
            "{\"title\":\"Forbidden\",\"detail\":\"You are not allowed to create a Tweet with duplicate content.\"}");
    private final FakeXApi x = FakeXApi.get();

    @Test
    void aReplyPublishedTwiceIsTweetedOnceAsAReplyAndReportedSent() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Sorry for the wait, your refund is on its way " + ticket, "1700000000000000001");

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply, reply);
        AgentReplied marker = reply(ticket, Channel.X, "And one more thing " + ticket, "1700000000000000001");
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), marker);

        List<DeliveryReport> reports = reportsUntil(ticket, marker.replyId());
        List<FakeXApi.Request> posted = x.requestsContaining(reply.body());
        assertEquals(1, posted.size(), "tweeted exactly once");
        assertEquals("/2/tweets", posted.get(0).path());
        assertEquals("Bearer test-x-bearer-token", posted.get(0).authorization());
        Map<?, ?> tweet = json(posted.get(0).body());
        assertEquals(reply.body(), tweet.get("text"));
        assertEquals(Map.of("in_reply_to_tweet_id", "1700000000000000001"), tweet.get("reply"));

        List<DeliveryReport> ofReply = reports.stream().filter(r -> r.replyId() == reply.replyId()).toList();
        assertTrue(ofReply.stream().allMatch(r -> r.state() == DeliveryReport.State.SENT && r.channel() == Channel.X));
        assertTrue(ofReply.stream().allMatch(r -> r.eventId().equals(DeliveryReport.idFor(reply.replyId(), DeliveryReport.State.SENT))));
        assertNotNull(ofReply.get(0).channelMessageId());
    }

    @Test
    void aRateLimitedReplyIsSentOnceAfterTheResetTime() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "We looked into it " + ticket, "1700000000000000002");
        String reset = Long.toString(Instant.now().plusSeconds(1).getEpochSecond());
        x.script(reply.body(), new FakeXApi.Answer(429, Map.of("x-rate-limit-reset", reset), "{\"title\":\"Too Many Requests\"}"));

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.SENT, report.state());
        assertEquals(2, x.requestsContaining(reply.body()).size(), "one refused, one accepted");
    }

    @Test
    void aReplyXKeepsFailingIsReportedFailedAfterTheConfiguredAttempts() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Still down? " + ticket, "1700000000000000006");
        FakeXApi.Answer unavailable = FakeXApi.Answer.status(503, "{\"title\":\"Service Unavailable\"}");
        x.script(reply.body(), unavailable, unavailable, unavailable, unavailable, unavailable);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertEquals("gave up after 5 attempts: X API answered 503", report.reason());
        assertEquals(5, x.requestsContaining(reply.body()).size());
    }

    @Test
    void aForbiddenReplyIsReportedFailedWithXsReasonAndNotRetried() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Let me check " + ticket, "1700000000000000003");
        x.script(reply.body(), FakeXApi.Answer.status(403,
                "{\"title\":\"Forbidden\",\"detail\":\"You are not allowed to reply to this Tweet.\"}"));

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertEquals("X API answered 403: You are not allowed to reply to this Tweet.", report.reason());
        assertNull(report.channelMessageId());
        assertEquals(1, x.requestsContaining(reply.body()).size());
    }

    @Test
    void aReplyWhoseAcceptanceWasLostIsConfirmedByXsDuplicateRefusalNotPostedTwice() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Your card is on its way " + ticket, "1700000000000000008");
        // X took the first tweet but the answer never arrived; asked again, X refuses the repeat.
        x.script(reply.body(), FakeXApi.Answer.status(503, "{\"title\":\"Service Unavailable\"}"), DUPLICATE_CONTENT);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.SENT, report.state());
        assertNull(report.channelMessageId(), "X did not say which tweet it kept");
        assertEquals(2, x.requestsContaining(reply.body()).size());
    }

    @Test
    void aDuplicateRefusedOnTheFirstAttemptIsAFailureTheAgentSees() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Thanks for waiting " + ticket, "1700000000000000009");
        x.script(reply.body(), DUPLICATE_CONTENT);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertEquals("X API answered 403: You are not allowed to create a Tweet with duplicate content.", report.reason());
        assertEquals(1, x.requestsContaining(reply.body()).size());
    }

    @Test
    void aReplyToADirectMessageGoesOutAsADirectMessage() {
        long ticket = nextId();
        AgentReplied reply = reply(ticket, Channel.X, "Your order ships tomorrow " + ticket, "dm-event:1700000000000000004");

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = last(reportsUntil(ticket, reply.replyId()));
        assertEquals(DeliveryReport.State.SENT, report.state());
        assertTrue(report.channelMessageId().startsWith("dm-event:"), report.channelMessageId());
        FakeXApi.Request sent = x.requestsContaining(reply.body()).get(0);
        assertEquals("/2/dm_conversations/with/" + reply.recipient().value() + "/messages", sent.path());
        assertEquals(Map.of("text", reply.body()), json(sent.body()));
    }

    @Test
    void aReplyOnTheCallCentreChannelIsReportedFailedAndChannelAnswersAreNotSent() {
        long ticket = nextId();
        AgentReplied onPhone = reply(ticket, Channel.CALL_CENTRE, "Call back " + ticket, null);
        AgentReplied alreadyGiven = new AgentReplied("e-" + nextId(), ticket, 7, Channel.X, Instant.now(),
                nextId(), Channel.X, AgentReplied.Origin.CHANNEL, "AcmeSupport", "Given on X " + ticket,
                xUser(), "1700000000000000005", null);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), alreadyGiven, onPhone);

        DeliveryReport report = last(reportsUntil(ticket, onPhone.replyId()));
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertEquals("replies cannot be delivered on CALL_CENTRE", report.reason());
        assertEquals(List.of(), x.requestsContaining(alreadyGiven.body()));
    }

    @Test
    void anUnreadableTicketEventGoesToTheDeadLetterTopicWithItsCauseAndDeliveryGoesOn() {
        long ticket = nextId();
        KafkaTopics.publishRaw(Topics.TICKET_EVENTS, Long.toString(ticket), "{\"eventType\":\"AgentReplied\",\"replyId\":");
        AgentReplied next = reply(ticket, Channel.X, "After the broken record " + ticket, "1700000000000000007");
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), next);

        assertEquals(DeliveryReport.State.SENT, last(reportsUntil(ticket, next.replyId())).state());
        ConsumerRecord<String, String> dead = last(KafkaTopics.readKeyUntil(Topics.TICKET_EVENTS + ".dlq", Long.toString(ticket), r -> true));
        String reason = KafkaTopics.header(dead, "dead-letter-reason");
        assertTrue(reason != null && reason.contains("TicketEvent"), reason);
    }

    @Test
    void aReplyWithoutItsIdsGoesToTheDeadLetterTopicNamingThemAndDeliveryGoesOn() {
        long ticket = nextId();
        KafkaTopics.publishRaw(Topics.TICKET_EVENTS, Long.toString(ticket), "{\"eventType\":\"AgentReplied\",\"eventId\":\"e-invalid-"
                + ticket + "\",\"ticketId\":" + ticket + ",\"origin\":\"ONEVOICE\",\"body\":\"Poison " + ticket + "\"}");
        AgentReplied next = reply(ticket, Channel.X, "After the invalid record " + ticket, "1700000000000000008");
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), next);

        assertEquals(DeliveryReport.State.SENT, last(reportsUntil(ticket, next.replyId())).state());
        ConsumerRecord<String, String> dead = last(KafkaTopics.readKeyUntil(Topics.TICKET_EVENTS + ".dlq", Long.toString(ticket), r -> true));
        String reason = KafkaTopics.header(dead, "dead-letter-reason");
        assertTrue(reason != null && reason.contains("e-invalid-" + ticket + " cannot be delivered, missing replyId, channel or replyChannel"),
                reason);
        assertTrue(dead.value().contains("Poison " + ticket));
        assertEquals(List.of(), x.requestsContaining("Poison " + ticket));
    }

    private static Map<?, ?> json(String body) {
        try {
            return EventJson.MAPPER.readValue(body, Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
