package org.onevoice.ticket.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Agents answering through the API. */
public final class Replies {
    private Replies() {
    }

    /** Replies on the ticket's own channel and returns the reply's message id. */
    public static long reply(long ticketId, String body) {
        return given().contentType(ContentType.JSON).body(Map.of("body", body, "author", "Dorit"))
                .post("/api/tickets/{id}/replies", ticketId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
