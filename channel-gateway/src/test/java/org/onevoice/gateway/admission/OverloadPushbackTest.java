package org.onevoice.gateway.admission;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.callcentre.CallCentreCalls;
import org.onevoice.gateway.email.EmailTestMails;
import org.onevoice.gateway.email.SmtpConversation;
import org.onevoice.gateway.email.SmtpListener;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.gateway.support.PrometheusMetrics;
import org.onevoice.gateway.support.SaturatedGateway;
import org.onevoice.gateway.support.StoppableKafka;
import org.onevoice.gateway.x.XWebhooks;

/**
 * Kafka withholds its acknowledgements (the real broker is stopped, then started again):
 * once {@link SaturatedGateway#MAX_IN_FLIGHT} contacts wait for one, every entry point tells its
 * sender to come back later instead of queueing, and when Kafka catches up every contact the
 * gateway accepted is on the topic exactly once.
 */
@QuarkusTest
@TestProfile(SaturatedGateway.class)
class OverloadPushbackTest {
    @Inject
    IntakeCapacity capacity;
    @Inject
    SmtpListener smtp;

    @Test
    void atCapacityEveryEntryPointPushesBackAndEveryAcceptedContactArrivesOnce() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SaturatedGateway.MAX_IN_FLIGHT);
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        // The producer learns the topic's leader while Kafka is up; afterwards it keeps records until Kafka is back.
        accepted.addAll(XWebhooks.postSigned(XWebhooks.tweetEvents(tweet(XWebhooks.uniqueId()))).statusCode(200)
                .extract().jsonPath().getList("eventIds", String.class));
        StoppableKafka.stopBroker();
        try (SmtpConversation earlySmtp = new SmtpConversation(smtp.port())) {
            assertTrue(earlySmtp.greeting.startsWith("220"), earlySmtp.greeting);
            List<CompletableFuture<ExtractableResponse<Response>>> held = new ArrayList<>();
            for (int i = 0; i < SaturatedGateway.MAX_IN_FLIGHT; i++) {
                String body = XWebhooks.tweetEvents(tweet(XWebhooks.uniqueId()));
                held.add(CompletableFuture.supplyAsync(() -> XWebhooks.postSigned(body).extract(), senders));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> capacity.inFlight() == SaturatedGateway.MAX_IN_FLIGHT);

            String refusedTweet = XWebhooks.uniqueId();
            refused.add(EventIds.forChannelMessage(Channel.X, refusedTweet, ContactReceived.TYPE));
            pushedBack(XWebhooks.postSigned(XWebhooks.tweetEvents(tweet(refusedTweet))));
            pushedBack(CallCentreCalls.postSigned(CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", Instant.now(),
                    CallCentreCalls.uniqueMobile().asSent(), null)));
            String refusedMail = EmailTestMails.uniqueMessageId();
            refused.add(EventIds.forChannelMessage(Channel.EMAIL, refusedMail, ContactReceived.TYPE));
            pushedBack(EmailTestMails.postSigned(mail(refusedMail)));
            try (SmtpConversation lateSmtp = new SmtpConversation(smtp.port())) {
                assertTrue(lateSmtp.greeting.startsWith("421 4.3.2"), lateSmtp.greeting);
            }
            String smtpMail = EmailTestMails.uniqueMessageId();
            String busy = earlySmtp.deliver(EmailTestMails.uniqueCustomer(), EmailTestMails.SUPPORT, mail(smtpMail));
            assertTrue(busy.startsWith("451 4.3.2"), busy);
            assertTrue(held.stream().noneMatch(CompletableFuture::isDone), "the held contacts still wait for Kafka");
            assertTrue(PrometheusMetrics.value("onevoice_gateway_intake_refused_total{channel=\"X\"}") >= 1);
            assertTrue(PrometheusMetrics.value("onevoice_gateway_intake_refused_total{channel=\"EMAIL\"}") >= 3);

            StoppableKafka.restartBroker();

            for (CompletableFuture<ExtractableResponse<Response>> answer : held) {
                ExtractableResponse<Response> response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.asString());
                accepted.addAll(response.jsonPath().getList("eventIds", String.class));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> capacity.inFlight() == 0);
            String retried = earlySmtp.deliver(EmailTestMails.uniqueCustomer(), EmailTestMails.SUPPORT, mail(smtpMail));
            assertTrue(retried.startsWith("250"), retried);
            accepted.add(EventIds.forChannelMessage(Channel.EMAIL, smtpMail, ContactReceived.TYPE));
        } finally {
            senders.shutdownNow();
        }

        Map<String, Long> stored = KafkaTopics.readAll(Topics.CONTACTS_INBOUND).stream()
                .collect(Collectors.groupingBy(r -> KafkaTopics.header(r, "ce_id"), Collectors.counting()));
        accepted.forEach(id -> assertEquals(1L, stored.get(id), "accepted " + id + " stored once"));
        refused.forEach(id -> assertFalse(stored.containsKey(id), "refused " + id + " not stored"));
        System.out.printf("overload pushback: %d held while Kafka was down, %d accepted and stored once each, "
                        + "refused: 3 HTTP 503 (X, call centre, raw mail), SMTP 421 at greeting and 451 after DATA; %d records on the topic%n",
                SaturatedGateway.MAX_IN_FLIGHT, accepted.size(), stored.values().stream().mapToLong(Long::longValue).sum());
    }

    private static void pushedBack(ValidatableResponse response) {
        response.statusCode(503).header("Retry-After", equalTo(SaturatedGateway.RETRY_AFTER_SECONDS))
                .contentType("application/problem+json").body("detail", containsString("at capacity"));
    }

    private static String tweet(String id) {
        return XWebhooks.tweet(id, "77" + id, "klant" + id, "Where is my parcel " + id + "?", null, null, null, "en", Instant.now());
    }

    private static String mail(String messageId) {
        return EmailTestMails.question(EmailTestMails.uniqueCustomer(), messageId, "", "My invoice is wrong, can you check it?");
    }
}
