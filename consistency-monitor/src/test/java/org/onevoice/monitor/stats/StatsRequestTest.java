package org.onevoice.monitor.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad statistics requests are refused with the parameter at fault. */
@QuarkusTest
class StatsRequestTest {

    @Test
    void aBoundThatIsNoDateTimeIsRefused() {
        given().queryParam("from", "yesterday").get("/api/channels/stats").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("ISO-8601"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        given().queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-01T00:00:00Z")
                .get("/api/topics/stats").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void anUnknownWindowOrAWindowWithBoundsIsRefused() {
        given().queryParam("window", "2w").get("/api/channels/stats").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("window"))
                .body("detail", containsString("1h, 24h, 7d"));
        given().queryParam("window", "1h").queryParam("from", "2026-03-01T00:00:00Z").get("/api/channels/stats").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("window"));
    }
}
