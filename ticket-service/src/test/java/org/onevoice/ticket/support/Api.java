package org.onevoice.ticket.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ticket API as an agent's console calls it. */
public final class Api {
    private Api() {
    }

    /** Waits until a ticket whose messages include one with this exact body exists, and returns its id. */
    public static long awaitTicketWithMessage(String channel, String body) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> findTicketWithMessage(channel, body), Optional::isPresent).get();
    }

    public static Optional<Long> findTicketWithMessage(String channel, String body) {
        List<Map<String, Object>> items = given().queryParam("channel", channel).queryParam("limit", 200)
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            long id = ((Number) item.get("id")).longValue();
            if (detail(id).getList("messages.body").contains(body)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Publishes a tweet from a new customer and returns the ticket it opened. */
    public static long newTweetTicket(String text, Instant at) {
        var tweet = Contacts.tweet(Contacts.xUser("c" + Contacts.uniqueId()), text + " " + Contacts.uniqueId(), null, at);
        Kafka.publish(tweet);
        return awaitTicketWithMessage("X", tweet.body());
    }

    public static long version(long ticketId) {
        return given().get("/api/tickets/{id}", ticketId).then().statusCode(200).extract().jsonPath().getLong("ticket.version");
    }

    public static long addNote(long ticketId, String body) {
        return given().contentType(ContentType.JSON).body(Map.of("author", "tester", "body", body))
                .post("/api/tickets/{id}/notes", ticketId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static JsonPath detail(long ticketId) {
        return given().get("/api/tickets/{id}", ticketId).then().statusCode(200).extract().jsonPath();
    }
}
