package org.onevoice.monitor.contact;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/** Facts about a contact may arrive before the contact itself, across topics: the figures come out the same. */
@QuarkusTest
class OutOfOrderEventsTest {

    @Test
    void anAgentReplyBeforeTheTicketAndTheTicketBeforeTheContactStillAnswerIt() {
        Instant t = Instant.parse("2026-02-05T09:00:00Z");
        String topic = "refunds-" + Events.uniqueId();
        ContactReceived mail = Events.email(Events.email(), t, null);
        long ticket = Events.ticketId();

        Kafka.publish(Events.agentReplied(ticket, Channel.EMAIL, t.plus(Duration.ofMinutes(45)), "Your refund is on its way"));
        Kafka.publish(Events.ticketOpened(ticket, mail, topic));
        Kafka.publish(mail);

        JsonPath stats = Stats.awaitChannels(t, t.plusSeconds(1), json -> json.getList("channels.answered").equals(List.of(1)));
        assertEquals(2700.0f, stats.getFloat("channels[0].medianFirstResponseSeconds"));
        given().queryParam("topic", topic).get("/api/topics/stats").then().statusCode(200)
                .body("topics.topic", contains(topic))
                .body("topics[0].contacts", equalTo(1))
                .body("topics[0].channels.channel", contains("EMAIL"));
    }

    @Test
    void aCallAnswerBeforeItsQueueingAndAWrapUpTopicAreMatchedToTheCall() {
        Instant t = Instant.parse("2026-02-05T13:00:00Z");
        String topic = "moving-" + Events.uniqueId();
        ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), t, null);

        Kafka.publish(Events.callAnswered(call, t.plusSeconds(75), "You can move your contract online", topic));
        Kafka.publish(call);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().queryParam("topic", topic).get("/api/channels/stats")
                .then().statusCode(200)
                .body("topic", equalTo(topic))
                .body("channels.channel", contains("CALL_CENTRE"))
                .body("channels[0].answered", equalTo(1))
                .body("channels[0].medianFirstResponseSeconds", equalTo(75.0f)));
    }
}
