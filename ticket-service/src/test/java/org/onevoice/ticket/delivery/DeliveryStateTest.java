package org.onevoice.ticket.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;
import org.onevoice.ticket.support.RepliedTweet;
import org.onevoice.ticket.support.Replies;

/** The gateway's delivery reports become the reply's state, once, and thread the customer's answer back. */
@QuarkusTest
class DeliveryStateTest {
    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");

    @Test
    void aSentReplyIsMarkedSentOnceAndTheCustomersAnswerToItFindsTheTicket() {
        ContactReceived question = Contacts.tweet(Contacts.xUser("eva"), "@Acme where is my parcel " + Contacts.uniqueId(), null, T0);
        Kafka.publish(question);
        long ticket = Api.awaitTicketWithMessage("X", question.body());
        long reply = Replies.reply(ticket, "@eva it is on its way");
        given().get("/api/tickets/{id}", ticket).then().body("messages.find { it.id == " + reply + " }.deliveryState", equalTo("PENDING"));

        String tweetId = Contacts.uniqueId();
        DeliveryReport sent = RepliedTweet.sent(ticket, reply, tweetId);
        Kafka.publishDelivery(sent, sent);

        awaitSent(ticket, reply);
        ContactReceived answer = Contacts.tweet(question.customer(), "@Acme thanks! " + Contacts.uniqueId(), tweetId, T0.plusSeconds(600));
        Kafka.publish(answer);
        assertEquals(ticket, Api.awaitTicketWithMessage("X", answer.body()));
    }

    @Test
    void aFailedReplyShowsWhyAndALateFailureDoesNotUndoASentReply() {
        long ticket = Api.newTweetTicket("@Acme my invoice is wrong", T0);
        long failing = Replies.reply(ticket, "@cust we are checking");
        long delivered = Replies.reply(ticket, "@cust fixed");

        Kafka.publishDelivery(
                new DeliveryReport(DeliveryReport.idFor(failing, DeliveryReport.State.FAILED), ticket, failing, Channel.X,
                        DeliveryReport.State.FAILED, null, "X refused: duplicate content", Instant.now()),
                RepliedTweet.sent(ticket, delivered, Contacts.uniqueId()),
                new DeliveryReport(DeliveryReport.idFor(delivered, DeliveryReport.State.FAILED), ticket, delivered, Channel.X,
                        DeliveryReport.State.FAILED, null, "late", Instant.now()));

        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then()
                .body("messages.find { it.id == " + failing + " }.deliveryState", equalTo("FAILED"))
                .body("messages.find { it.id == " + failing + " }.deliveryFailure", equalTo("X refused: duplicate content"))
                .body("messages.find { it.id == " + delivered + " }.deliveryState", equalTo("SENT")));
        given().auth().preemptive().basic(TestAccounts.OPS.user, TestAccounts.OPS.password).get("/q/metrics").then().body(containsString("onevoice_reply_deliveries_total{channel=\"X\",state=\"FAILED\"}"));
    }

    @Test
    void theChannelShowingOurSentReplyAsAnAnswerDoesNotDuplicateItInEitherOrder() {
        RepliedTweet replied = RepliedTweet.of("gert", "@Acme echo?", "@gert first", "@gert second", T0);
        long ticket = replied.ticket();

        Kafka.publishDelivery(replied.sent(replied.first()));
        awaitSent(ticket, replied.first().id());
        replied.publishEchoes(T0.plusSeconds(60));
        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then()
                .body("messages.findAll { it.origin == 'CHANNEL' }.body", contains("@gert second")));
        Kafka.publishDelivery(replied.sent(replied.second()));

        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then()
                .body("messages.body", contains(replied.question().body(), "@gert first", "@gert second"))
                .body("messages.origin", contains(null, "ONEVOICE", "ONEVOICE"))
                .body("messages.deliveryState", contains(null, "SENT", "SENT")));
    }

    private static void awaitSent(long ticket, long reply) {
        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then()
                .body("messages.find { it.id == " + reply + " }.deliveryState", equalTo("SENT")));
    }

    @Test
    void aReportAboutAnUnknownReplyGoesToTheDeadLetterTopic() {
        DeliveryReport unknown = new DeliveryReport(DeliveryReport.idFor(-7, DeliveryReport.State.SENT), 999_999_999L, -7,
                Channel.EMAIL, DeliveryReport.State.SENT, "<x@y>", null, Instant.now());
        Kafka.publishDelivery(unknown);

        var dead = Kafka.awaitRecords(Topics.REPLY_DELIVERIES + ".dlq", unknown.partitionKey(), 1).get(0);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertEquals("reply -7 of ticket 999999999 does not exist", reason);
    }
}
