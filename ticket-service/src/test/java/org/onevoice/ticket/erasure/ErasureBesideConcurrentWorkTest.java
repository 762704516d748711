package org.onevoice.ticket.erasure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.Threading;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/**
 * An erasure while other work holds the person's tickets, played by a second database session: work
 * that updates a ticket twice in one transaction, as the SLA watch does, does not deadlock with it; work
 * that locks the tickets in the other order does, and the erasure that PostgreSQL aborts runs again.
 * Either way the administrator gets the erasure, not a 500.
 */
@QuarkusTest
class ErasureBesideConcurrentWorkTest {
    private static final Instant T0 = Instant.parse("2026-04-06T09:00:00Z");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void workThatUpdatesATicketTwiceWhileItIsErasedIsNotHeldUpByTheCustomerLock() throws Exception {
        long[] tickets = personWithTwoTickets();
        long customer = customerOf(tickets[0]);
        try (Connection sla = DriverManager.getConnection(url, user, password);
             Connection observer = DriverManager.getConnection(url, user, password)) {
            sla.setAutoCommit(false);
            try (Statement statement = sla.createStatement()) {
                // Were this session to wait in a deadlock, it would be the one to find it, at once, and fail.
                statement.execute("SET deadlock_timeout = '10ms'");
            }
            markBreached(sla, tickets[0], "first_response_breach_reported_at");
            CompletableFuture<Response> erasure = erase(customer);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> erasureWaitsForALock(observer));
            // The second update of a row this transaction updated checks the ticket's customer key again.
            markBreached(sla, tickets[0], "resolution_breach_reported_at");
            sla.commit();

            Response answer = erasure.get();
            assertEquals(202, answer.statusCode(), answer.asString());
        }
    }

    @Test
    void anErasureThatLostADeadlockRunsAgainAndSucceeds() throws Exception {
        long[] tickets = personWithTwoTickets();
        long lower = Math.min(tickets[0], tickets[1]);
        long higher = Math.max(tickets[0], tickets[1]);
        long customer = customerOf(lower);

        try (Connection other = DriverManager.getConnection(url, user, password);
             Connection observer = DriverManager.getConnection(url, user, password)) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // The erasure's session checks for the deadlock after the server's 1 s; this one much later, so
                // PostgreSQL picks the erasure as the victim.
                statement.execute("SET deadlock_timeout = '20s'");
            }
            lockTicket(other, higher);
            CompletableFuture<Response> erasure = erase(customer);
            // The erasure holds the lower ticket and waits for the higher one; now close the cycle.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> erasureWaitsForALock(observer));
            lockTicket(other, lower);
            other.rollback();

            Response answer = erasure.get();
            assertEquals(202, answer.statusCode(), answer.asString());
            assertEquals(2, answer.jsonPath().getList("ticketIds").size(), answer.asString());
        }
        given().get("/api/customers/{id}", customer).then().statusCode(404);
    }

    /** A tweet and a mail from two customers whom an agent merged into one person; the two tickets. */
    private static long[] personWithTwoTickets() {
        ContactReceived tweet = Contacts.tweet(Contacts.xUser("dora"), "@Acme where is my card " + Contacts.uniqueId(), null, T0);
        ContactReceived mail = Contacts.email(Contacts.email(), Contacts.randomMessageId(), "Card", "still no card " + Contacts.uniqueId(),
                Threading.none(), T0.plusSeconds(60));
        Kafka.publish(tweet);
        Kafka.publish(mail);
        long x = Api.awaitTicketWithMessage("X", tweet.body());
        long email = Api.awaitTicketWithMessage("EMAIL", mail.body());
        given().contentType(ContentType.JSON).body(Map.of("from", customerOf(email)))
                .post("/api/customers/{id}/merge", customerOf(x)).then().statusCode(200);
        return new long[] {x, email};
    }

    private static CompletableFuture<Response> erase(long customer) {
        return CompletableFuture.supplyAsync(() -> given().auth().preemptive()
                .basic(TestAccounts.ADMIN.user, TestAccounts.ADMIN.password).delete("/api/customers/{id}", customer));
    }

    private static void markBreached(Connection connection, long ticket, String column) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET " + column + " = now() WHERE id = ?")) {
            update.setLong(1, ticket);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void lockTicket(Connection connection, long ticket) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM ticket WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, ticket);
            lock.executeQuery().close();
        }
    }

    private static boolean erasureWaitsForALock(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE wait_event_type = 'Lock' AND query LIKE 'SELECT id FROM ticket WHERE customer_id%'""")) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static long customerOf(long ticket) {
        return Api.detail(ticket).getLong("customer.id");
    }
}
