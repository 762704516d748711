package org.onevoice.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The webhook contracts a channel integrator reads are in the published OpenAPI document. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theCallCentreWebhookDocumentsItsBodyAndProblemResponses() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.CallCentreWebhook.required", hasItems("callId", "type", "at"))
                .body("components.schemas.CallCentreWebhook.properties.type.enum", hasItems("QUEUED", "ANSWERED", "ABANDONED", "ENDED", "WRAP_UP"))
                .body("paths.'/webhooks/call-centre'.post.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.detail.type", equalTo("string"));
    }
}
