package org.onevoice.ticket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;

/** A browser session from the login form, and why another site cannot ride on it. */
@QuarkusTest
class ConsoleSessionTest {
    private static final String COOKIE = "onevoice-console-session";

    @TestHTTPResource("/")
    URL service;

    private static String logIn(TestAccounts account) {
        Response login = given().auth().none().contentType(ContentType.URLENC)
                .formParam("j_username", account.user).formParam("j_password", account.password)
                .post("/j_security_check");
        login.then().statusCode(200).header("Set-Cookie", allOf(containsString(COOKIE + "="),
                containsStringIgnoringCase("HttpOnly"), containsString("SameSite=Strict")));
        return login.cookie(COOKIE);
    }

    @Test
    void theLoginFormOpensASession() {
        String session = logIn(TestAccounts.AGENT);
        given().auth().none().cookie(COOKIE, session).get("/api/session").then().statusCode(200).body("user", equalTo("agent"));
        given().auth().none().cookie(COOKIE, session).accept("text/html").get("/").then().statusCode(200);
    }

    @Test
    void aWrongPasswordOpensNoSession() {
        given().auth().none().contentType(ContentType.URLENC).formParam("j_username", "agent").formParam("j_password", "guess")
                .post("/j_security_check").then().statusCode(401);
    }

    @Test
    void aForgedCrossSitePostWithAValidSessionIsRefused() {
        long ticket = Api.newTweetTicket("@Acme forged", Instant.parse("2026-03-18T10:00:00Z"));
        String session = logIn(TestAccounts.AGENT);
        Map<String, String> note = Map.of("author", "mallory", "body", "forged note");

        given().auth().none().cookie(COOKIE, session).header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body(note).post("/api/tickets/{id}/notes", ticket)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("cross-origin request refused"));
        // A browser too old for Sec-Fetch-Site still sends Origin.
        given().auth().none().cookie(COOKIE, session).header("Origin", "https://evil.example")
                .contentType(ContentType.JSON).body(note).post("/api/tickets/{id}/notes", ticket)
                .then().statusCode(403).body("detail", containsString("Origin does not match"));

        assertFalse(Api.detail(ticket).getList("messages.body").contains("forged note"));

        String ownOrigin = service.getProtocol() + "://" + service.getAuthority();
        given().auth().none().cookie(COOKIE, session).header("Origin", ownOrigin).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.JSON).body(Map.of("author", "agent", "body", "genuine note"))
                .post("/api/tickets/{id}/notes", ticket).then().statusCode(201);
    }

    @Test
    void loggingOutForgetsTheCookie() {
        String session = logIn(TestAccounts.AGENT);
        given().auth().none().cookie(COOKIE, session).delete("/api/session").then().statusCode(204)
                .header("Set-Cookie", allOf(containsString(COOKIE + "="), containsStringIgnoringCase("Max-Age=0")));
    }
}
