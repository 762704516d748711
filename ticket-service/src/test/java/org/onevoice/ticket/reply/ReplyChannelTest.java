package org.onevoice.ticket.reply;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** The agent chooses the channel of an answer among the customer's channels. */
@QuarkusTest
class ReplyChannelTest {
    private static final Instant T0 = Instant.parse("2026-03-17T10:00:00Z");

    @Test
    void aTweetCanBeAnsweredByEmailOnceTheAgentLinkedTheCustomersAddress() {
        long ticket = Api.newTweetTicket("@Acme please mail me the form", T0);
        long customer = Api.detail(ticket).getLong("customer.id");
        given().contentType(ContentType.JSON).body(Map.of("kind", "EMAIL", "value", "Form.Wanted" + ticket + "@Example.org"))
                .post("/api/customers/{id}/identities", customer).then().statusCode(201);

        long reply = given().contentType(ContentType.JSON).body(Map.of("body", "Here is the form", "author", "Dorit", "channel", "EMAIL"))
                .post("/api/tickets/{id}/replies", ticket)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<?> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof AgentReplied r && r.replyId() == reply);
        AgentReplied replied = (AgentReplied) events.get(events.size() - 1);
        assertEquals(Channel.EMAIL, replied.replyChannel());
        assertEquals(IdentityKind.EMAIL, replied.recipient().kind());
        assertEquals("form.wanted" + ticket + "@example.org", replied.recipient().value());
        assertTrue(replied.subject().endsWith("[OV-" + ticket + "]"), replied.subject());
    }

    @Test
    void anEmailAnswerGoesToTheNewestAddressOfEveryoneMergedIntoTheCustomer() {
        long ticket = Api.newTweetTicket("@Acme which address do you have?", T0);
        long customer = Api.detail(ticket).getLong("customer.id");
        CustomerIdentity older = Contacts.email();
        given().contentType(ContentType.JSON).body(Map.of("kind", "EMAIL", "value", older.value()))
                .post("/api/customers/{id}/identities", customer).then().statusCode(201);
        assertEquals(older.value(), emailRecipientOf(ticket), "the customer's own address while it is the only one");

        ContactReceived mail = Contacts.email(Contacts.email(), Contacts.randomMessageId(), "New address", "Write here " + Contacts.uniqueId(),
                Threading.none(), T0.plusSeconds(60));
        Kafka.publish(mail);
        long mailer = Api.detail(Api.awaitTicketWithMessage("EMAIL", mail.body())).getLong("customer.id");
        given().contentType(ContentType.JSON).body(Map.of("from", mailer))
                .post("/api/customers/{id}/merge", customer).then().statusCode(200);

        assertEquals(mail.customer().value(), emailRecipientOf(ticket), "the newest address among the merged customers");
    }

    @Test
    void theTicketOfACustomerMergedIntoAnotherIsAnsweredAtTheNewestAddressOfTheWholeGroup() {
        ContactReceived mail = Contacts.email(Contacts.email(), Contacts.randomMessageId(), "Old ticket", "Mail me " + Contacts.uniqueId(),
                Threading.none(), T0);
        Kafka.publish(mail);
        long mailTicket = Api.awaitTicketWithMessage("EMAIL", mail.body());
        long mailer = Api.detail(mailTicket).getLong("customer.id");
        long customer = Api.detail(Api.newTweetTicket("@Acme same person here", T0)).getLong("customer.id");
        given().contentType(ContentType.JSON).body(Map.of("from", mailer))
                .post("/api/customers/{id}/merge", customer).then().statusCode(200);
        assertEquals(mail.customer().value(), emailRecipientOf(mailTicket), "the merged-away customer's address while it is the group's only one");

        CustomerIdentity newer = Contacts.email();
        given().contentType(ContentType.JSON).body(Map.of("kind", "EMAIL", "value", newer.value()))
                .post("/api/customers/{id}/identities", customer).then().statusCode(201);

        assertEquals(newer.value(), emailRecipientOf(mailTicket), "the newest address of the customer it was merged into");
    }

    @Test
    void anAnswerOnXRepliesToTheCustomersLatestTweetOfTheTicket() {
        CustomerIdentity customer = Contacts.xUser("c" + Contacts.uniqueId());
        ContactReceived first = Contacts.tweet(customer, "@Acme my order is late " + Contacts.uniqueId(), null, T0);
        Kafka.publish(first);
        long ticket = Api.awaitTicketWithMessage("X", first.body());
        ContactReceived followUp = Contacts.tweet(customer, "@Acme still nothing " + Contacts.uniqueId(), first.channelMessageId(),
                T0.plusSeconds(60));
        Kafka.publish(followUp);
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.detail(ticket).getList("messages.body").contains(followUp.body()));

        long reply = reply(ticket, "X").then().statusCode(201).extract().jsonPath().getLong("id");

        List<?> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof AgentReplied r && r.replyId() == reply);
        AgentReplied replied = (AgentReplied) events.get(events.size() - 1);
        assertEquals(followUp.channelMessageId(), replied.inReplyTo());
        assertEquals(customer, replied.recipient());
    }

    @Test
    void answersOnTheCallCentreOrWithoutAnAddressAreRefusedWithAReason() {
        long ticket = Api.newTweetTicket("@Acme call me", T0);

        reply(ticket, "CALL_CENTRE").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("call the customer back"));
        reply(ticket, "EMAIL").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("no EMAIL identity"));
    }

    /** Replies by email and returns the address the reply event names. */
    private static String emailRecipientOf(long ticket) {
        long reply = reply(ticket, "EMAIL").then().statusCode(201).extract().jsonPath().getLong("id");
        List<?> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof AgentReplied r && r.replyId() == reply);
        return ((AgentReplied) events.get(events.size() - 1)).recipient().value();
    }

    private static Response reply(long ticket, String channel) {
        return given().contentType(ContentType.JSON).body(Map.of("body", "hi", "author", "Dorit", "channel", channel))
                .post("/api/tickets/{id}/replies", ticket);
    }
}
