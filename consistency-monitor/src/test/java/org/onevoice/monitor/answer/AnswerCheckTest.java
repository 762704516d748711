package org.onevoice.monitor.answer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/** A draft is checked against what most answers on its topic said. */
@QuarkusTest
class AnswerCheckTest {
    private static final Instant T = Instant.parse("2026-04-14T10:00:00Z");

    @Test
    void aDraftThatContradictsThePrevailingAnswerIsFlagged() {
        String topic = "delivery-" + Events.uniqueId();
        ContactReceived first = Events.tweet(Events.xUser(), T, topic);
        ContactReceived second = Events.tweet(Events.xUser(), T.plusSeconds(60), topic);
        ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(120), topic);
        Kafka.publish(first, Events.brandReply(first, T.plusSeconds(300), "Je pakket komt binnen 3 werkdagen."),
                second, Events.brandReply(second, T.plusSeconds(400), "Binnen 3 werkdagen, beloofd!"),
                call, Events.callAnswered(call, T.plusSeconds(500), "Delivery takes 3 business days, see www.acme.nl/delivery", null));

        Map<String, Object> draft = Map.of("topic", topic, "channel", "EMAIL", "draft", "Your parcel arrives within 10 business days.");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().contentType("application/json").body(draft)
                .post("/api/answers/check").then().statusCode(200)
                .body("conflicts.prevailingValue", contains("3 business days")));
        given().contentType("application/json").body(draft).post("/api/answers/check").then()
                .body("topic", equalTo(topic))
                .body("facts.value", contains("10 business days"))
                .body("conflicts[0].fact", equalTo("DURATION"))
                .body("conflicts[0].draftValue", equalTo("10 business days"))
                .body("conflicts[0].statedBy", equalTo(3))
                .body("conflicts[0].channels", contains("X", "CALL_CENTRE"))
                .body("prevailingAnswer.body", equalTo("Delivery takes 3 business days, see www.acme.nl/delivery"));

        given().contentType("application/json").body(Map.of("topic", topic, "channel", "EMAIL", "draft", "It arrives within 3 working days."))
                .post("/api/answers/check").then().statusCode(200)
                .body("conflicts", empty());
    }

    @Test
    void aDraftWithoutTextIsRefused() {
        given().contentType("application/json").body(Map.of("topic", "x", "channel", "EMAIL"))
                .post("/api/answers/check").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("draft"))
                .body("detail", containsString("required"));
        given().contentType("application/json").body(Map.of("topic", "x", "channel", "FAX", "draft", "Hello"))
                .post("/api/answers/check").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("FAX"));
    }
}
