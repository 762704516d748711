package org.onevoice.ticket.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.Topics;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;
import org.onevoice.ticket.support.RepliedTweet;
import org.onevoice.ticket.support.Replies;

/**
 * One polled batch of delivery reports, applied as the consumer applies it: in one transaction, with
 * a report that came twice and reports that cannot be applied handled as if each had come alone.
 */
@QuarkusTest
class DeliveryBatchTest {
    private static final Instant T0 = Instant.parse("2026-03-05T10:00:00Z");

    @Inject
    DeliveryConsumer consumer;

    @Inject
    MeterRegistry meters;

    private final List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();

    @Test
    void eachReportIsAppliedOnceAndOnlyTheOnesThatCannotBeAppliedAreDeadLettered() {
        long ticket = Api.newTweetTicket("@Acme two questions", T0);
        long first = Replies.reply(ticket, "@cust the first answer");
        long second = Replies.reply(ticket, "@cust the second answer");
        DeliveryReport sentFirst = report(ticket, first, DeliveryReport.State.SENT, null);
        DeliveryReport failedSecond = report(ticket, second, DeliveryReport.State.FAILED, "X answered 403: not allowed");
        DeliveryReport unknown = report(999_999_998L, -8, DeliveryReport.State.SENT, null);
        String unreadableKey = "unreadable-" + Contacts.uniqueId();
        double sentBefore = applied(DeliveryReport.State.SENT);
        double split = splitBatches();

        add(sentFirst);
        add(sentFirst);
        add(unreadableKey, "{\"state\":".getBytes(StandardCharsets.UTF_8));
        add(unknown);
        add(failedSecond);
        consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.REPLY_DELIVERIES, 0), batch), Map.of()));

        assertEquals(split + 1, splitBatches(), "the unknown reply failed the batch, which was applied report by report");
        given().get("/api/tickets/{id}", ticket).then()
                .body("messages.find { it.id == " + first + " }.deliveryState", equalTo("SENT"))
                .body("messages.find { it.id == " + second + " }.deliveryState", equalTo("FAILED"))
                .body("messages.find { it.id == " + second + " }.deliveryFailure", equalTo("X answered 403: not allowed"));
        assertEquals(sentBefore + 1, applied(DeliveryReport.State.SENT), "the report that came twice was applied once");
        assertEquals("reply -8 of ticket 999999998 does not exist", reason(unknown.partitionKey()));
        String unreadable = reason(unreadableKey);
        assertTrue(unreadable.contains("DeliveryReport"), unreadable);
    }

    @Test
    void aBatchRemovesTheEchoesOfItsSentRepliesAndThreadsTheAnswersToThemInOneTransaction() {
        RepliedTweet replied = RepliedTweet.of("hana", "@Acme two parcels?", "@hana the first is here", "@hana the second is late", T0);
        long ticket = replied.ticket();
        // X shows both sent replies to us as the brand's tweets before the gateway reports them sent.
        replied.publishEchoes(T0.plusSeconds(60));
        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then()
                .body("messages.findAll { it.origin == 'CHANNEL' }.size()", equalTo(2)));
        double split = splitBatches();

        add(replied.sent(replied.first()));
        add(report(ticket, replied.second().id(), DeliveryReport.State.FAILED, "X answered 503"));
        add(replied.sent(replied.second()));
        add(new DeliveryReport("late-failure-" + Contacts.uniqueId(), ticket, replied.first().id(), Channel.X, DeliveryReport.State.FAILED, null,
                "late", Instant.now()));
        consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.REPLY_DELIVERIES, 0), batch), Map.of()));

        assertEquals(split, splitBatches(), "applied as one batch");
        given().get("/api/tickets/{id}", ticket).then()
                .body("messages.body", contains(replied.question().body(), "@hana the first is here", "@hana the second is late"))
                .body("messages.origin", contains(null, "ONEVOICE", "ONEVOICE"))
                .body("messages.deliveryState", contains(null, "SENT", "SENT"))
                .body("messages.deliveryFailure", contains(null, null, null));
        ContactReceived answer = Contacts.tweet(replied.question().customer(), "@Acme thanks for the second " + Contacts.uniqueId(),
                replied.second().tweetId(),
                T0.plusSeconds(600));
        Kafka.publish(answer);
        assertEquals(ticket, Api.awaitTicketWithMessage("X", answer.body()), "the answer to a sent reply finds its ticket");
    }

    private static DeliveryReport report(long ticket, long reply, DeliveryReport.State state, String reason) {
        return new DeliveryReport(DeliveryReport.idFor(reply, state), ticket, reply, Channel.X, state,
                state == DeliveryReport.State.SENT ? Contacts.uniqueId() : null, reason, Instant.now());
    }

    private void add(DeliveryReport report) {
        try {
            add(report.partitionKey(), EventJson.MAPPER.writeValueAsBytes(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(String key, byte[] value) {
        batch.add(new ConsumerRecord<>(Topics.REPLY_DELIVERIES, 0, batch.size(), key, value));
    }

    private double applied(DeliveryReport.State state) {
        return meters.counter("onevoice.reply.deliveries", "channel", "X", "state", state.name()).count();
    }

    private double splitBatches() {
        return meters.counter(DeliveryConsumer.SPLIT_BATCHES).count();
    }

    private static String reason(String key) {
        ConsumerRecord<String, byte[]> dead = Kafka.awaitRecords(Topics.REPLY_DELIVERIES + ".dlq", key, 1).get(0);
        return new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
