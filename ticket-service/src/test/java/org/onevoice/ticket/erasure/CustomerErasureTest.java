package org.onevoice.ticket.erasure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.test.PersonalDataScan;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;
import org.onevoice.ticket.support.Replies;

/**
 * An administrator erases a person who wrote on X, mailed and called, and whom an agent merged
 * into one customer: nothing of theirs is left in any column of any table, the API shows none of
 * it, the tickets still count, an audit row says who did it and the other services are told.
 */
@QuarkusTest
class CustomerErasureTest {
    private static final Instant T0 = Instant.parse("2026-04-06T09:00:00Z");

    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void erasingOneMergedCustomerErasesThePersonEverywhereButKeepsTheTickets() throws Exception {
        Person erika = new Person(Contacts.uniqueId());
        Person bystander = new Person(Contacts.uniqueId());
        Conversations erikas = erika.contacts();
        Conversations others = bystander.contacts();
        long xCustomer = customerOf(erikas.x());
        long mailCustomer = customerOf(erikas.mail());
        long callCustomer = customerOf(erikas.call());
        merge(xCustomer, mailCustomer);
        merge(xCustomer, callCustomer);
        Api.addNote(erikas.x(), "Called " + erika.name() + " back about it");
        Replies.reply(erikas.mail(), "Dear " + erika.name() + ", your card is on its way");
        List<Map<String, Object>> ticketsBefore = erikas.all().stream().map(CustomerErasureTest::aggregate).toList();
        PersonalDataScan scan = PersonalDataScan.of(jdbcUrl);
        assertEquals(erika.needles().size(), scan.find(erika.needles()).stream().map(f -> f.substring(f.indexOf(": ") + 2)).distinct().count(),
                "before the erasure every planted string is found, so the scan can see them");

        JsonPath receipt = asAdmin().delete("/api/customers/{id}", mailCustomer)
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("customerId", equalTo((int) mailCustomer))
                .body("customerIds", containsInAnyOrder((int) xCustomer, (int) mailCustomer, (int) callCustomer))
                .body("identities", equalTo(3))
                .body("ticketIds", containsInAnyOrder(erikas.all().stream().map(Long::intValue).toArray()))
                .body("erasedBy", equalTo(TestAccounts.ADMIN.user))
                .extract().jsonPath();

        CustomerErased event = erasureEvent(mailCustomer);
        assertEquals(receipt.getString("eventId"), event.eventId());
        assertEquals(List.of(new ErasedIdentity(IdentityKind.X_USER, erika.x().value()),
                        new ErasedIdentity(IdentityKind.EMAIL, erika.email().value()),
                        new ErasedIdentity(IdentityKind.PHONE, erika.phone().value())),
                event.identities().stream().sorted((a, b) -> a.kind().compareTo(b.kind())).toList());
        // The three contacts go to different partitions, so their tickets' ids need not follow the order they were sent in.
        assertEquals(erikas.all().stream().sorted().toList(), event.ticketIds(), "the person's tickets, in id order");
        await().until(this::outboxDrained);

        assertEquals(List.of(), scan.find(erika.needles()), "no column of any table holds the person's data");
        assertFalse(scan.find(bystander.needles()).isEmpty(), "another customer's data is untouched");
        for (long customer : List.of(xCustomer, mailCustomer, callCustomer)) {
            given().get("/api/customers/{id}", customer).then().statusCode(404).contentType("application/problem+json");
        }
        for (long ticket : erikas.all()) {
            String detail = given().get("/api/tickets/{id}", ticket).then().statusCode(200).extract().asString();
            erika.needles().forEach(needle -> assertFalse(detail.toLowerCase().contains(needle.toLowerCase()), needle + " in " + detail));
        }
        assertEquals(ticketsBefore, erikas.all().stream().map(CustomerErasureTest::aggregate).toList(),
                "channel, status, topic and times of the tickets stay for statistics");
        given().queryParam("q", erika.word()).get("/api/tickets").then().statusCode(200).body("items", empty());
        given().queryParam("q", bystander.word()).get("/api/tickets").then().statusCode(200)
                .body("items.id", containsInAnyOrder(others.all().stream().map(Long::intValue).toArray()));
        assertEquals(List.of(TestAccounts.ADMIN.user, 3, 3), audit(mailCustomer), "the audit names who erased");

        asAdmin().delete("/api/customers/{id}", mailCustomer).then().statusCode(404).contentType("application/problem+json");
        asAdmin().delete("/api/customers/{id}", xCustomer).then().statusCode(404);
        assertEquals(1, Kafka.awaitRecords(Topics.CUSTOMER_EVENTS, Long.toString(mailCustomer), 1).size());
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        asAdmin().delete("/api/customers/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("customer " + Long.MAX_VALUE + " does not exist"));
    }

    @Test
    void someoneWhoWritesAgainAfterTheErasureIsANewCustomer() {
        Person returning = new Person(Contacts.uniqueId());
        long before = customerOf(returning.contacts().mail());
        asAdmin().delete("/api/customers/{id}", before).then().statusCode(202);

        ContactReceived again = returning.mail("I am back " + returning.word());
        long ticket = Api.awaitTicketWithMessage("EMAIL", again.body());

        long after = customerOf(ticket);
        assertTrue(after != before, "a new customer, not the erased one");
        given().get("/api/customers/{id}", after).then().statusCode(200)
                .body("customer.identities.value", containsInAnyOrder(returning.email().value()));
    }

    private static Map<String, Object> aggregate(long ticket) {
        JsonPath detail = Api.detail(ticket);
        return Map.of("channel", detail.getString("ticket.channel"), "status", detail.getString("ticket.status"),
                "topic", String.valueOf(detail.getString("ticket.topic")), "openedAt", detail.getString("ticket.openedAt"),
                "firstResponseAt", String.valueOf(detail.getString("ticket.firstResponseAt")));
    }

    private static CustomerErased erasureEvent(long customer) throws Exception {
        ConsumerRecord<String, byte[]> record = Kafka.awaitRecords(Topics.CUSTOMER_EVENTS, Long.toString(customer), 1).get(0);
        assertEquals(CustomerErased.CLOUD_EVENT_TYPE, new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        return EventJson.MAPPER.readValue(record.value(), CustomerErased.class);
    }

    private boolean outboxDrained() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult()).longValue() == 0);
    }

    private List<Object> audit(long customer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                            "SELECT erased_by, identities_erased, tickets_erased FROM erasure_audit WHERE customer_id = ?1")
                    .setParameter(1, customer).getSingleResult();
            return List.of(row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
        });
    }

    private static long customerOf(long ticket) {
        return Api.detail(ticket).getLong("customer.id");
    }

    private static void merge(long into, long from) {
        given().contentType(ContentType.JSON).body(Map.of("from", from))
                .post("/api/customers/{id}/merge", into).then().statusCode(200);
    }

    /** The tickets one person opened on X, by email and by phone. */
    private record Conversations(long x, long mail, long call) {
        List<Long> all() {
            return List.of(x, mail, call);
        }
    }

    /** A customer whose every personal string carries a unique tag, so a scan can find it anywhere. */
    private record Person(String tag) {
        String name() {
            return "Erika Vergeet" + tag;
        }

        String word() {
            return "zwaluwstaart" + tag;
        }

        CustomerIdentity x() {
            return new CustomerIdentity(IdentityKind.X_USER, "9" + tag, "erika_" + tag, name());
        }

        CustomerIdentity email() {
            return new CustomerIdentity(IdentityKind.EMAIL, "erika." + tag + "@example.org", null, name());
        }

        CustomerIdentity phone() {
            return new CustomerIdentity(IdentityKind.PHONE, "+3161" + tag.substring(tag.length() - 7), null, null);
        }

        List<String> needles() {
            return List.of(name(), word(), x().value(), x().handle(), email().value(), phone().value());
        }

        Conversations contacts() {
            var tweet = Contacts.tweet(x(), "@Acme my card " + word() + " was swallowed", null, T0);
            Kafka.publish(tweet);
            ContactReceived mail = mail("Please block my card, the " + word() + " one");
            var call = Contacts.callQueued(phone(), "call-" + tag, "card " + word() + " blocked", T0.plusSeconds(600));
            Kafka.publish(call);
            return new Conversations(Api.awaitTicketWithMessage("X", tweet.body()), Api.awaitTicketWithMessage("EMAIL", mail.body()),
                    Api.awaitTicketWithMessage("CALL_CENTRE", call.body()));
        }

        ContactReceived mail(String body) {
            ContactReceived mail = Contacts.email(email(), Contacts.randomMessageId(), "Card " + word(), body, Threading.none(),
                    T0.plusSeconds(300));
            Kafka.publish(mail);
            return mail;
        }
    }

    /** Erasing a person is an admin's decision, not an agent's. */
    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN.user, TestAccounts.ADMIN.password);
    }
}
