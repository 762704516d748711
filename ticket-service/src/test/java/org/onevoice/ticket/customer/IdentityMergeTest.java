package org.onevoice.ticket.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** Agents link identities and merge customers; nothing is merged on its own, and a merge can be undone. */
@QuarkusTest
class IdentityMergeTest {
    private static final Instant T0 = Instant.parse("2026-03-09T10:00:00Z");

    @Test
    void anAgentLinksANormalisedPhoneNumberAndCannotTakeAnotherCustomersIdentity() {
        long tweeter = customerOf(Api.newTweetTicket("@Acme link me", T0));
        ContactReceived mail = mail(Contacts.email(), T0);
        long mailer = customerOf(Api.awaitTicketWithMessage("EMAIL", mail.body()));
        String local = "06 " + Contacts.uniqueId().substring(0, 4) + " " + Contacts.uniqueId().substring(0, 4);
        String e164 = "+316" + local.substring(3).replace(" ", "");

        link(tweeter, "PHONE", local).then().statusCode(201)
                .body("customer.identities.value", hasItem(e164));
        link(tweeter, "PHONE", e164).then().statusCode(200);
        link(tweeter, "EMAIL", mail.customer().value().toUpperCase()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("belongs to customer " + mailer));
        link(tweeter, "PHONE", "call me maybe").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void mergingJoinsIdentitiesAndTicketsAcrossChannelsAndUnmergingSplitsThemAgain() {
        CustomerIdentity anna = Contacts.xUser("anna");
        var tweet = Contacts.tweet(anna, "@Acme card blocked " + Contacts.uniqueId(), null, T0);
        Kafka.publish(tweet);
        long xTicket = Api.awaitTicketWithMessage("X", tweet.body());
        ContactReceived mail = mail(Contacts.email(), T0.plusSeconds(3600));
        long mailTicket = Api.awaitTicketWithMessage("EMAIL", mail.body());
        long xCustomer = customerOf(xTicket);
        long mailCustomer = customerOf(mailTicket);
        given().get("/api/tickets/{id}", mailTicket).then().body("related", empty());

        given().contentType(ContentType.JSON).body(Map.of("from", mailCustomer))
                .post("/api/customers/{id}/merge", xCustomer)
                .then().statusCode(200)
                .body("customer.identities.value", containsInAnyOrder(anna.value(), mail.customer().value()))
                .body("tickets.id", contains((int) xTicket, (int) mailTicket))
                .body("mergedCustomers", contains((int) mailCustomer));

        given().get("/api/customers/{id}", mailCustomer).then().body("customer.id", equalTo((int) xCustomer));
        given().get("/api/tickets/{id}", mailTicket).then()
                .body("customer.id", equalTo((int) xCustomer))
                .body("related.id", contains((int) xTicket))
                .body("timeline.body", contains(tweet.body(), mail.body()));
        given().contentType(ContentType.JSON).body(Map.of("from", xCustomer))
                .post("/api/customers/{id}/merge", mailCustomer)
                .then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("from", mailCustomer))
                .post("/api/customers/{id}/unmerge", xCustomer)
                .then().statusCode(200)
                .body("customer.identities.value", contains(anna.value()))
                .body("tickets.id", contains((int) xTicket));
        given().get("/api/tickets/{id}", mailTicket).then()
                .body("customer.id", equalTo((int) mailCustomer))
                .body("related", empty());
        given().contentType(ContentType.JSON).body(Map.of("from", mailCustomer))
                .post("/api/customers/{id}/unmerge", xCustomer)
                .then().statusCode(409);
    }

    @Test
    void aCallBackJoinsTheLatestOpenCallTicketOfEveryoneMergedIntoTheCaller() {
        CustomerIdentity home = Contacts.phone();
        CustomerIdentity mobile = Contacts.phone();
        var fromHome = Contacts.newCall(home, "Boiler broken", T0);
        var fromMobile = Contacts.newCall(mobile, "Boiler still broken", T0.plusSeconds(3600));
        Kafka.publish(fromHome, fromMobile);
        long homeTicket = Api.awaitTicketWithMessage("CALL_CENTRE", fromHome.body());
        long mobileTicket = Api.awaitTicketWithMessage("CALL_CENTRE", fromMobile.body());
        assertNotEquals(homeTicket, mobileTicket);
        given().contentType(ContentType.JSON).body(Map.of("from", customerOf(mobileTicket)))
                .post("/api/customers/{id}/merge", customerOf(homeTicket))
                .then().statusCode(200);

        var again = Contacts.newCall(home, "The engineer never came", T0.plusSeconds(7200));
        Kafka.publish(again);

        assertEquals(mobileTicket, Api.awaitTicketWithMessage("CALL_CENTRE", again.body()));
    }

    @Test
    void aSameNameOnAnotherChannelIsNotMergedAutomatically() {
        CustomerIdentity x = new CustomerIdentity(IdentityKind.X_USER, Contacts.uniqueId(), "jan", "Jan Jansen");
        CustomerIdentity mail = new CustomerIdentity(IdentityKind.EMAIL,
                "jan" + Contacts.uniqueId() + "@example.org", null, "Jan Jansen");
        var tweet = Contacts.tweet(x, "@Acme hoi " + Contacts.uniqueId(), null, T0);
        Kafka.publish(tweet);
        ContactReceived email = mail(mail, T0);
        long xTicket = Api.awaitTicketWithMessage("X", tweet.body());
        long mailTicket = Api.awaitTicketWithMessage("EMAIL", email.body());

        given().get("/api/tickets/{id}", mailTicket).then().body("customer.id", not(equalTo((int) customerOf(xTicket))));
    }

    private static ContactReceived mail(CustomerIdentity from, Instant at) {
        ContactReceived mail = Contacts.email(from, Contacts.randomMessageId(), "Question", "My account " + Contacts.uniqueId(),
                Threading.none(), at);
        Kafka.publish(mail);
        return mail;
    }

    private static long customerOf(long ticket) {
        return Api.detail(ticket).getLong("customer.id");
    }

    private static Response link(long customer, String kind, String value) {
        return given().contentType(ContentType.JSON).body(Map.of("kind", kind, "value", value))
                .post("/api/customers/{id}/identities", customer);
    }
}
