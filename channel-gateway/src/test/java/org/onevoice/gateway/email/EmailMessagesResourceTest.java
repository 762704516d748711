package org.onevoice.gateway.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.security.OneVoiceSignature;
import org.onevoice.gateway.support.Hmac;
import org.onevoice.gateway.support.KafkaTopics;

/** Raw mail POSTed by a mail-server pipe: signed, parsed, stored in Kafka before the 202. */
@QuarkusTest
class EmailMessagesResourceTest {
    private static final String SECRET = "test-email-secret";

    @Test
    void aSignedMailIsAcceptedAfterKafkaHasIt() {
        String customer = EmailTestMails.uniqueCustomer();
        String messageId = EmailTestMails.uniqueMessageId();
        String eventId = EventIds.forChannelMessage(Channel.EMAIL, messageId, ContactReceived.TYPE);
        byte[] mail = EmailTestMails.question(customer, messageId, "", "Can I change my delivery address?").getBytes(StandardCharsets.UTF_8);

        post(mail, now(), signed(SECRET, now(), mail)).statusCode(202).body("eventIds", equalTo(List.of(eventId)));
        post(mail, now(), signed(SECRET, now(), mail)).statusCode(202).body("eventIds", equalTo(List.of(eventId)));

        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                EmailTestMails.partitionKey(customer), r -> eventId.equals(KafkaTopics.header(r, "ce_id")));
        ContactReceived contact = (ContactReceived) SmtpListenerTest.contact(records.get(0));
        assertEquals("Can I change my delivery address?", contact.body());
        assertEquals(messageId, contact.channelMessageId());
    }

    /** The answer is written on the worker that waited for Kafka: concurrent posts all keep their request context. */
    @Test
    void concurrentMailsAreAllAcceptedAndStored() throws Exception {
        String customer = EmailTestMails.uniqueCustomer();
        List<String> messageIds = IntStream.range(0, 40).mapToObj(i -> EmailTestMails.uniqueMessageId()).toList();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = senders.invokeAll(messageIds.stream().<Callable<Integer>>map(id -> () ->
                    EmailTestMails.postSigned(EmailTestMails.question(customer, id, "", "Where is order " + id + "?"))
                            .extract().statusCode()).toList());
            for (Future<Integer> status : statuses) {
                assertEquals(202, status.get());
            }
        } finally {
            senders.shutdownNow();
        }
        Set<String> expected = messageIds.stream().map(id -> EventIds.forChannelMessage(Channel.EMAIL, id, ContactReceived.TYPE))
                .collect(Collectors.toSet());
        Set<String> stored = new HashSet<>();
        KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, EmailTestMails.partitionKey(customer), r -> {
            stored.add(KafkaTopics.header(r, "ce_id"));
            return stored.containsAll(expected);
        });
        assertEquals(expected, stored);
    }

    @Test
    void unsignedWronglySignedOrStaleRequestsAreRefused() {
        byte[] mail = EmailTestMails.question(EmailTestMails.uniqueCustomer(), EmailTestMails.uniqueMessageId(), "", "Hi")
                .getBytes(StandardCharsets.UTF_8);
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());

        post(mail, now(), null).statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("missing X-OneVoice-Signature header"));
        post(mail, now(), signed("not-the-secret", now(), mail)).statusCode(401)
                .body("detail", equalTo("X-OneVoice-Signature does not match the body"));
        post(mail, stale, signed(SECRET, stale, mail)).statusCode(401).body("detail", startsWith("stale X-OneVoice-Timestamp"));
        post(mail, null, signed(SECRET, now(), mail)).statusCode(401).body("detail", equalTo("missing X-OneVoice-Timestamp header"));
    }

    @Test
    void anAutoReplyIsRefusedWithItsReason() {
        byte[] mail = EmailTestMails.question(EmailTestMails.uniqueCustomer(), EmailTestMails.uniqueMessageId(),
                "X-Autoreply: yes\r\n", "I am on holiday").getBytes(StandardCharsets.UTF_8);

        post(mail, now(), signed(SECRET, now(), mail)).statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("AUTO_REPLY: the mail was sent automatically"));
    }

    @Test
    void theEndpointIsDocumentedWithItsProblemResponses() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/channels/email/messages'.post.requestBody.content", hasKey("message/rfc822"))
                .body("paths.'/channels/email/messages'.post.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }

    private static ValidatableResponse post(byte[] mail, String timestamp, String signature) {
        var request = given().contentType("message/rfc822").body(mail);
        if (timestamp != null) {
            request.header(OneVoiceSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header(OneVoiceSignature.SIGNATURE_HEADER, signature);
        }
        return request.when().post("/channels/email/messages").then();
    }

    /** Signed as the sender does, with the JDK's HMAC rather than the gateway's. */
    private static String signed(String secret, String timestamp, byte[] mail) {
        return "sha256=" + HexFormat.of().formatHex(Hmac.sha256(secret, timestamp + "." + new String(mail, StandardCharsets.UTF_8)));
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }
}
