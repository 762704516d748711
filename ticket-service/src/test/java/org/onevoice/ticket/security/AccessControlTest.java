package org.onevoice.ticket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;

/** Who may do what on the ticket service: roles over HTTP Basic, and what stays open. */
@QuarkusTest
class AccessControlTest {

    private static RequestSpecification as(TestAccounts account) {
        return given().auth().preemptive().basic(account.user, account.password);
    }

    @Test
    void theApiNeedsCredentials() {
        given().auth().none().get("/api/tickets").then().statusCode(401);
        given().auth().none().get("/console.js").then().statusCode(401);
        given().auth().preemptive().basic("agent", "wrong").get("/api/tickets").then().statusCode(401);
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPage() {
        given().auth().none().redirects().follow(false).accept("text/html").get("/")
                .then().statusCode(302).header("Location", "/login.html");
        given().auth().none().get("/login.html").then().statusCode(200).body(containsString("j_password"));
    }

    @Test
    void agentsAndAdminsWorkTickets() {
        as(TestAccounts.AGENT).get("/api/tickets").then().statusCode(200);
        as(TestAccounts.ADMIN).get("/api/tickets").then().statusCode(200);
        as(TestAccounts.AGENT).get("/").then().statusCode(200).body(containsString("console.js"));
    }

    @Test
    void opsMayNotWorkTickets() {
        as(TestAccounts.OPS).get("/api/tickets").then().statusCode(403);
        as(TestAccounts.OPS).get("/").then().statusCode(403);
    }

    @Test
    void onlyAnAdminErasesACustomer() {
        as(TestAccounts.AGENT).delete("/api/customers/{id}", 999_999_999).then().statusCode(403);
        as(TestAccounts.OPS).delete("/api/customers/{id}", 999_999_999).then().statusCode(403);
        as(TestAccounts.ADMIN).delete("/api/customers/{id}", 999_999_999).then().statusCode(not(anyOf(is(401), is(403))));
        // Reading a customer stays agents' work.
        as(TestAccounts.AGENT).get("/api/customers/{id}", 999_999_999).then().statusCode(404);
    }

    @Test
    void healthAndApiDocsAreOpenMetricsAreForOps() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
        given().auth().none().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        given().auth().none().get("/q/metrics").then().statusCode(401);
        as(TestAccounts.AGENT).get("/q/metrics").then().statusCode(403);
        as(TestAccounts.OPS).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theSessionNamesTheUserAndItsRoles() {
        as(TestAccounts.ADMIN).get("/api/session").then().statusCode(200)
                .body("user", equalTo("admin")).body("roles", hasItem("admin"));
    }
}
