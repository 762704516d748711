package org.onevoice.ticket.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;

/** Filters, Dutch and English full-text search, and keyset pages that neither skip nor repeat. */
@QuarkusTest
class InboxSearchTest {

    @Test
    void searchFindsDutchAndEnglishWordFormsAndCombinesWithFilters() {
        String marker = "zoek" + Contacts.uniqueId();
        long dutch = Api.newTweetTicket("@Acme mijn rekeningen zijn geblokkeerd " + marker, Instant.parse("2026-03-11T10:00:00Z"));
        long english = Api.newTweetTicket("@Acme my accounts were blocked " + marker, Instant.parse("2026-03-11T11:00:00Z"));

        given().queryParam("q", "rekening " + marker).get("/api/tickets").then().statusCode(200).body("items.id", contains((int) dutch));
        given().queryParam("q", "account " + marker).get("/api/tickets").then().body("items.id", contains((int) english));
        given().queryParam("q", marker).get("/api/tickets").then().body("items.id", contains((int) english, (int) dutch));

        given().contentType(ContentType.JSON).body(Map.of("assignee", "sanne", "topic", "payments", "version", Api.version(dutch)))
                .patch("/api/tickets/{id}", dutch).then().statusCode(200);
        given().queryParam("q", marker).queryParam("assignee", "sanne").get("/api/tickets").then().body("items.id", contains((int) dutch));
        given().queryParam("q", marker).queryParam("topic", "payments").queryParam("channel", "X").queryParam("status", "NEW")
                .get("/api/tickets").then().body("items.id", contains((int) dutch));
        given().queryParam("q", marker).queryParam("channel", "EMAIL").get("/api/tickets").then().body("items", empty());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String marker = "page" + Contacts.uniqueId();
        Instant at = Instant.parse("2026-03-12T10:00:00Z");
        long a = Api.newTweetTicket("@Acme " + marker, at);
        long b = Api.newTweetTicket("@Acme " + marker, at);
        long c = Api.newTweetTicket("@Acme " + marker, at.minusSeconds(60));

        var first = given().queryParam("q", marker).queryParam("limit", 2).get("/api/tickets").then()
                .body("items.id", contains((int) Math.max(a, b), (int) Math.min(a, b))).extract().jsonPath();
        given().queryParam("q", marker).queryParam("limit", 2).queryParam("after", first.getString("nextCursor"))
                .get("/api/tickets").then().body("items.id", contains((int) c)).body("nextCursor", nullValue());
        given().queryParam("after", "garbage").get("/api/tickets").then().statusCode(400).contentType("application/problem+json");
    }
}
