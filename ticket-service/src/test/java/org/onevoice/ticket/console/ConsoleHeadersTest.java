package org.onevoice.ticket.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The console is served by the service under a policy that lets only its own files run. */
@QuarkusTest
class ConsoleHeadersTest {

    @Test
    void theConsoleIsServedWithARestrictiveContentSecurityPolicy() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"), containsString("script-src 'self'"),
                        not(containsString("unsafe-inline")), containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/console.js").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void quarkusEndpointsUnderQAreLeftOutOfThePolicyForSwaggerUi() {
        given().get("/q/health").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
