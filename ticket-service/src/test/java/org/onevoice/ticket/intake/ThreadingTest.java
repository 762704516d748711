package org.onevoice.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.Threading;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** Each channel's own references keep a conversation on one ticket. */
@QuarkusTest
class ThreadingTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anXReplyChainStaysOnOneTicketThroughTheBrandsAnswer() {
        CustomerIdentity anna = Contacts.xUser("anna");
        ContactReceived question = Contacts.tweet(anna, "@Acme my card is blocked " + Contacts.uniqueId(), null, T0);
        var answer = Contacts.brandTweet(anna, "@anna sorry! DM us", question.channelMessageId(), T0.plusSeconds(60));
        ContactReceived followUp = Contacts.tweet(anna, "@Acme done, DM sent " + Contacts.uniqueId(), answer.channelMessageId(), T0.plusSeconds(120));

        Kafka.publish(question, answer, followUp);

        long ticket = Api.awaitTicketWithMessage("X", followUp.body());
        assertEquals(ticket, Api.findTicketWithMessage("X", question.body()).orElseThrow());
        given().get("/api/tickets/{id}", ticket).then()
                .body("messages.direction", contains("INBOUND", "OUTBOUND", "INBOUND"))
                .body("messages.origin", contains(null, "CHANNEL", null))
                .body("ticket.status", equalTo("OPEN"))
                .body("ticket.firstResponseAt", equalTo("2026-03-02T09:01:00Z"));
    }

    @Test
    void anEmailReplyJoinsItsThreadByReferencesAndANewMailStartsANewTicket() {
        CustomerIdentity bert = Contacts.email();
        String first = Contacts.randomMessageId();
        var opening = Contacts.email(bert, first, "Refund for order 7", "Where is my refund " + Contacts.uniqueId(), Threading.none(), T0);
        String second = Contacts.randomMessageId();
        var reply = Contacts.email(bert, second, "Re: Refund for order 7", "Still waiting " + Contacts.uniqueId(),
                Contacts.emailReply("<unknown-agent-mail@acme.example>", List.of(first, "<unknown-agent-mail@acme.example>")), T0.plusSeconds(3600));
        var unrelated = Contacts.email(bert, Contacts.randomMessageId(), "New address", "I moved " + Contacts.uniqueId(), Threading.none(), T0.plusSeconds(7200));

        Kafka.publish(opening, reply, unrelated);

        long thread = Api.awaitTicketWithMessage("EMAIL", opening.body());
        assertEquals(thread, Api.awaitTicketWithMessage("EMAIL", reply.body()));
        assertNotEquals(thread, Api.awaitTicketWithMessage("EMAIL", unrelated.body()));
    }

    @Test
    void anEmailWithOnlyTheTicketTagInItsSubjectFindsTheTicket() {
        CustomerIdentity carla = Contacts.email();
        var opening = Contacts.email(carla, Contacts.randomMessageId(), "Broken screen", "Screen cracked " + Contacts.uniqueId(), Threading.none(), T0);
        Kafka.publish(opening);
        long ticket = Api.awaitTicketWithMessage("EMAIL", opening.body());

        var tagged = Contacts.email(carla, Contacts.randomMessageId(), "Re: Broken screen [OV-" + ticket + "]", "Photo attached " + Contacts.uniqueId(),
                new Threading(null, null, List.of(), "OV-" + ticket), T0.plusSeconds(600));
        Kafka.publish(tagged);

        assertEquals(ticket, Api.awaitTicketWithMessage("EMAIL", tagged.body()));
    }

    @Test
    void aCallBackWithinTheWindowJoinsTheOpenCallTicketAndALaterOneStartsANewTicket() {
        CustomerIdentity caller = Contacts.phone();
        var first = Contacts.callQueued(caller, "call-" + Contacts.uniqueId(), "Mortgage offer " + Contacts.uniqueId(), T0);
        var again = Contacts.callQueued(caller, "call-" + Contacts.uniqueId(), "Me again " + Contacts.uniqueId(), T0.plus(Duration.ofHours(20)));
        var muchLater = Contacts.callQueued(caller, "call-" + Contacts.uniqueId(), "New question " + Contacts.uniqueId(),
                T0.plus(Duration.ofHours(20 + 25)));

        Kafka.publish(first, again, muchLater);

        long ticket = Api.awaitTicketWithMessage("CALL_CENTRE", first.body());
        assertEquals(ticket, Api.awaitTicketWithMessage("CALL_CENTRE", again.body()));
        long later = Api.awaitTicketWithMessage("CALL_CENTRE", muchLater.body());
        assertNotEquals(ticket, later);
        given().get("/api/tickets/{id}", later).then().body("related.id", contains((int) ticket));
    }

    @Test
    void aCallIsOneTicketFromQueueToHangUp() {
        CustomerIdentity caller = Contacts.phone();
        String callId = "call-" + Contacts.uniqueId();
        var queued = Contacts.callQueued(caller, callId, "Question about my mortgage " + Contacts.uniqueId(), T0);

        Kafka.publish(queued, Contacts.callAbandoned(caller, callId, T0.plusSeconds(95), 95));

        long ticket = Api.awaitTicketWithMessage("CALL_CENTRE", queued.body());
        await().untilAsserted(() -> given()
                .get("/api/tickets/{id}", ticket).then()
                .body("messages.body", contains(queued.body(), "The caller hung up in the queue after 95 s."))
                .body("ticket.status", equalTo("NEW"))
                .body("customer.identities.value", contains(caller.value())));
    }
}
