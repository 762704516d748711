package org.onevoice.monitor.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The alerts API as the dashboard calls it. */
public final class Alerts {
    private Alerts() {
    }

    public static List<Map<String, Object>> ofTopic(String topic) {
        return given().queryParam("topic", topic).get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits until the topic's newest alert is in {@code state}, and returns it. */
    public static JsonPath awaitNewest(String topic, String state) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            List<Map<String, Object>> alerts = ofTopic(topic);
            return !alerts.isEmpty() && state.equals(alerts.get(0).get("state"));
        });
        return given().queryParam("topic", topic).get("/api/alerts").then().extract().jsonPath().setRootPath("[0]");
    }

    /** Waits until an evaluation that started after everything committed so far has finished. */
    public static void awaitEvaluationAfterNow() {
        Instant now = Instant.now();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var response = given().get("/api/alerts/evaluation");
            return response.statusCode() == 200 && Instant.parse(response.jsonPath().getString("startedAt")).isAfter(now);
        });
    }

    public static JsonPath byKey(String topic, String alertKey) {
        List<Map<String, Object>> alerts = ofTopic(topic);
        for (int i = 0; i < alerts.size(); i++) {
            if (alertKey.equals(alerts.get(i).get("alertKey"))) {
                return given().queryParam("topic", topic).get("/api/alerts").then().extract().jsonPath().setRootPath("[" + i + "]");
            }
        }
        throw new AssertionError("no alert " + alertKey + " in " + alerts);
    }
}
