package org.onevoice.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;

/**
 * Channel entry points are open (each checks its own signature); the rest of the gateway is for
 * ops. The webhook tests show the open side in depth, without credentials.
 */
@QuarkusTest
class AccessControlTest {

    @Test
    void metricsAreForOps() {
        given().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsStringIgnoringCase("basic"));
        given().auth().preemptive().basic("ops", "wrong").get("/q/metrics").then().statusCode(401);
        given().auth().preemptive().basic(TestAccounts.OPS.user, TestAccounts.OPS.password).get("/q/metrics")
                .then().statusCode(200);
        given().auth().preemptive().basic(TestAccounts.ADMIN.user, TestAccounts.ADMIN.password).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void anythingBesidesTheChannelsNeedsCredentials() {
        given().get("/").then().statusCode(401);
        given().get("/api/deliveries").then().statusCode(401);
    }

    @Test
    void channelEntryPointsAndHealthNeedNoCredentials() {
        given().queryParam("crc_token", "challenge").get("/webhooks/x").then().statusCode(200);
        // Unsigned posts reach the endpoints, whose own signature check refuses them with a reason.
        given().contentType("application/json").body("{}").post("/webhooks/call-centre").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", nullValue());
        given().contentType("message/rfc822").body("Subject: x\r\n\r\nx".getBytes(StandardCharsets.US_ASCII)).post("/channels/email/messages").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", nullValue());
        given().get("/q/health/ready").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
    }
}
