package org.onevoice.gateway.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readinessCoversEveryKafkaChannelTheDatabaseAndWhichSecretsAreSet() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

        given().get("/q/health/ready").then()
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.contacts", equalTo("[OK]"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.deliveries", equalTo("[OK]"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'ticket-events'", equalTo("[OK]"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'channel secrets' }.data.'call-centre webhook'", equalTo("configured"));
    }
}
