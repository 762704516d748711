package org.onevoice.monitor.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** The statistics API as the dashboard calls it. */
public final class Stats {
    private Stats() {
    }

    public static JsonPath channels(Instant from, Instant to) {
        return given().queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/channels/stats").then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the channel figures of the range satisfy {@code condition}, and returns them. */
    public static JsonPath awaitChannels(Instant from, Instant to, Predicate<JsonPath> condition) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> channels(from, to), condition);
    }

    /** Waits until {@code contacts} contacts of the topic have been consumed, and returns its channel figures. */
    public static JsonPath awaitTopicContacts(String topic, int contacts) {
        return await().atMost(Duration.ofSeconds(90)).until(
                () -> given().queryParam("topic", topic).get("/api/channels/stats").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("channels.contacts", Integer.class).stream().mapToInt(Integer::intValue).sum() == contacts);
    }
}
