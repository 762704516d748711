package org.onevoice.monitor.topic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/** Questions without a carried topic are matched against the knowledge base; a carried topic still wins. */
@QuarkusTest
@TestProfile(KnowledgeBaseProfile.class)
class MatchedTopicsTest {
    private static final Instant T = Instant.parse("2026-03-09T09:00:00Z");

    @Test
    void paraphrasesFromDifferentChannelsShareATopicAndACarriedTopicWins() {
        ContactReceived tweet = Events.tweet(Events.xUser(), T, null, "@Acme my card still hasn't arrived, where is it?");
        ContactReceived mail = Events.email(Events.email(), T.plusSeconds(60), null,
                "Hello, I ordered a new card ten days ago and it has not been delivered yet.");
        ContactReceived dutchMail = Events.email(Events.email(), T.plusSeconds(120), null,
                "Ik ben mijn wachtwoord vergeten, hoe kan ik het wijzigen?");
        ContactReceived wrappedUp = Events.tweet(Events.xUser(), T.plusSeconds(180), "card-complaint",
                "@Acme when will my card be delivered?");
        Kafka.publish(tweet, mail, dutchMail, wrappedUp);

        JsonPath stats = await().atMost(Duration.ofSeconds(90)).until(MatchedTopicsTest::topicsOfTheHour,
                json -> json.getList("topics.contacts", Integer.class).stream().mapToInt(Integer::intValue).sum() == 4);

        assertThat(stats.getList("topics.topic"), containsInAnyOrder("kb_card_arrival", "kb_password_reset", "card-complaint"));
        assertThat(stats.getList("topics.find { it.topic == 'kb_card_arrival' }.channels.channel"), containsInAnyOrder("X", "EMAIL"));
        assertThat(stats.getList("topics.find { it.topic == 'kb_password_reset' }.channels.channel"), contains("EMAIL"));
        assertThat(stats.getInt("topics.find { it.topic == 'card-complaint' }.contacts"), equalTo(1));
    }

    private static JsonPath topicsOfTheHour() {
        return given().queryParam("from", T.toString()).queryParam("to", T.plusSeconds(3600).toString())
                .get("/api/topics/stats").then().statusCode(200).extract().jsonPath();
    }
}
