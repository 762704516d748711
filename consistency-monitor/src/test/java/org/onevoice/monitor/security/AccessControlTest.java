package org.onevoice.monitor.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;

/** Who may do what on the monitor: ops and admins watch, agents only check their drafts. */
@QuarkusTest
class AccessControlTest {
    private static final Map<String, String> DRAFT = Map.of("topic", "access", "channel", "EMAIL", "draft", "Within 3 days.");

    private static RequestSpecification as(TestAccounts account) {
        return given().auth().preemptive().basic(account.user, account.password);
    }

    @Test
    void theApiAndDashboardNeedCredentials() {
        given().auth().none().get("/api/channels/stats").then().statusCode(401);
        given().auth().none().get("/api/alerts").then().statusCode(401);
        given().auth().none().get("/api/alerts/stream").then().statusCode(401);
        given().auth().none().contentType(ContentType.JSON).body(DRAFT).post("/api/answers/check").then().statusCode(401);
        given().auth().none().get("/dashboard.js").then().statusCode(401);
        given().auth().none().redirects().follow(false).accept("text/html").get("/")
                .then().statusCode(302).header("Location", "/login.html");
        given().auth().none().get("/login.html").then().statusCode(200).body(containsString("j_password"));
    }

    @Test
    void opsAndAdminsWatchTheChannels() {
        as(TestAccounts.OPS).get("/api/channels/stats").then().statusCode(200);
        as(TestAccounts.OPS).get("/api/topics/stats").then().statusCode(200);
        as(TestAccounts.OPS).get("/api/alerts").then().statusCode(200);
        as(TestAccounts.ADMIN).get("/api/alerts").then().statusCode(200);
        as(TestAccounts.OPS).get("/").then().statusCode(200).body(containsString("dashboard.js"));
        as(TestAccounts.OPS).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void agentsMayNotWatchTheChannels() {
        as(TestAccounts.AGENT).get("/api/channels/stats").then().statusCode(403);
        as(TestAccounts.AGENT).get("/api/alerts").then().statusCode(403);
        as(TestAccounts.AGENT).get("/api/alerts/stream").then().statusCode(403);
        as(TestAccounts.AGENT).contentType(ContentType.JSON).body(Map.of("by", "agent")).post("/api/alerts/1/acknowledge")
                .then().statusCode(403);
        as(TestAccounts.AGENT).get("/").then().statusCode(403);
        as(TestAccounts.AGENT).get("/q/metrics").then().statusCode(403);
    }

    @Test
    void agentsCheckTheirDraftAnswers() {
        as(TestAccounts.AGENT).contentType(ContentType.JSON).body(DRAFT).post("/api/answers/check").then().statusCode(200)
                .body("topic", equalTo("access"));
        as(TestAccounts.OPS).contentType(ContentType.JSON).body(DRAFT).post("/api/answers/check").then().statusCode(200);
    }

    @Test
    void healthAndApiDocsAreOpen() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
        given().auth().none().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aForgedCrossSiteAcknowledgementIsRefused() {
        String session = given().auth().none().contentType(ContentType.URLENC)
                .formParam("j_username", TestAccounts.OPS.user).formParam("j_password", TestAccounts.OPS.password)
                .post("/j_security_check").then().statusCode(200).extract().cookie("onevoice-dashboard-session");
        given().auth().none().cookie("onevoice-dashboard-session", session).get("/api/session").then().statusCode(200)
                .body("user", equalTo("ops"));
        given().auth().none().cookie("onevoice-dashboard-session", session).header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON).body(Map.of("by", "mallory"))
                .post("/api/alerts/1/acknowledge").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("cross-origin request refused"));
    }
}
