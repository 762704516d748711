package org.onevoice.ticket.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.ticket.support.Api;

/** A client learns what to correct from the same problem details the gateway and the monitor answer with. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void everyInvalidFieldOfAReplyIsNamed() {
        long ticket = Api.newTweetTicket("@Acme is the shop open on Sunday", Instant.parse("2026-03-18T09:00:00Z"));

        given().contentType(ContentType.JSON).body(Map.of("body", " ", "author", ""))
                .post("/api/tickets/{id}/replies", ticket)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("author", "body")))
                .body("errors[0].message", containsString("blank"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsAProblem() {
        long ticket = Api.newTweetTicket("@Acme do you ship to Belgium", Instant.parse("2026-03-18T09:00:00Z"));

        given().contentType(ContentType.JSON).body("{\"body\": ")
                .post("/api/tickets/{id}/replies", ticket)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void theApiDocumentDescribesErrorsAsProblems() {
        given().auth().none().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"))
                .body("paths.'/api/customers/{id}'.delete.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
