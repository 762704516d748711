package org.onevoice.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.FakeXApi;
import org.onevoice.gateway.support.KafkaTopics;

/** Agent replies from tickets.events go out through a real HTTP X API (a local fake) exactly once. */
@QuarkusTest
class XReplyDeliveryTest {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 10);
    private static final FakeXApi.Answer DUPLICATE_CONTENT = FakeXApi.Answer.status(403,
            "{\"title\":\"Forbidden\",\"detail\":\"You are not allowed to create a Tweet with duplicate content.\"}");
    private final FakeXApi x = FakeXApi.get();

    @Test
    void aReplyPublishedTwiceIsTweetedOnceAsAReplyAndReportedSent() {
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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
    void aReplyWaitingForItsRetryHoldsUpOnlyTheLaterRepliesOfItsOwnTicket() {
        long slowTicket = IDS.incrementAndGet();
        long otherTicket = onTheSamePartitionAs(slowTicket);
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
        long firstTicket = IDS.incrementAndGet();
        long secondTicket = onTheSamePartitionAs(firstTicket);
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

    @Test
    void aForbiddenReplyIsReportedFailedWithXsReasonAndNotRetried() {
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
        AgentReplied onPhone = reply(ticket, Channel.CALL_CENTRE, "Call back " + ticket, null);
        AgentReplied alreadyGiven = new AgentReplied("e-" + IDS.incrementAndGet(), ticket, 7, Channel.X, Instant.now(),
                IDS.incrementAndGet(), Channel.X, AgentReplied.Origin.CHANNEL, "AcmeSupport", "Given on X " + ticket,
                xUser(), "1700000000000000005", null);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), alreadyGiven, onPhone);

        DeliveryReport report = last(reportsUntil(ticket, onPhone.replyId()));
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertEquals("replies cannot be delivered on CALL_CENTRE", report.reason());
        assertEquals(List.of(), x.requestsContaining(alreadyGiven.body()));
    }

    @Test
    void anUnreadableTicketEventGoesToTheDeadLetterTopicWithItsCauseAndDeliveryGoesOn() {
        long ticket = IDS.incrementAndGet();
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
        long ticket = IDS.incrementAndGet();
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

    /** A new ticket whose events share a partition with {@code ticket}'s, so they are read one after the other. */
    private static long onTheSamePartitionAs(long ticket) {
        int partitions = KafkaTopics.partitionCount(Topics.TICKET_EVENTS);
        int partition = KafkaTopics.partitionOf(Long.toString(ticket), partitions);
        long other = IDS.incrementAndGet();
        while (KafkaTopics.partitionOf(Long.toString(other), partitions) != partition) {
            other = IDS.incrementAndGet();
        }
        return other;
    }

    private static AgentReplied reply(long ticket, Channel channel, String body, String inReplyTo) {
        return new AgentReplied("e-" + IDS.incrementAndGet(), ticket, 7, Channel.X, Instant.now(), IDS.incrementAndGet(),
                channel, AgentReplied.Origin.ONEVOICE, "Dorit", body, xUser(), inReplyTo, null);
    }

    private static CustomerIdentity xUser() {
        return new CustomerIdentity(IdentityKind.X_USER, Long.toString(IDS.incrementAndGet()), "klant", "Klant");
    }

    /** Reports of a ticket in partition order, up to the one about {@code replyId}. */
    private static List<DeliveryReport> reportsUntil(long ticket, long replyId) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.REPLY_DELIVERIES, Long.toString(ticket),
                r -> report(r).replyId() == replyId);
        records.forEach(r -> assertEquals(DeliveryReport.CLOUD_EVENT_TYPE, KafkaTopics.header(r, "ce_type")));
        return records.stream().map(XReplyDeliveryTest::report).toList();
    }

    private static DeliveryReport report(ConsumerRecord<String, String> record) {
        try (var deserializer = new DeliveryReportDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where in {@code bodies} the ones containing {@code text} are, in order. */
    private static List<Integer> positions(List<String> bodies, String text) {
        return IntStream.range(0, bodies.size()).filter(i -> bodies.get(i).contains(text)).boxed().toList();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static Map<?, ?> json(String body) {
        try {
            return EventJson.MAPPER.readValue(body, Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
