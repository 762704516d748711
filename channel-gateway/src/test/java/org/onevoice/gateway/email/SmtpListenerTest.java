package org.onevoice.gateway.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.gateway.support.PrometheusMetrics;

/** Mail delivered over a real SMTP conversation ends up on the real Kafka broker, or is refused with a reason. */
@QuarkusTest
class SmtpListenerTest {
    private static final String IGNORED_AUTO_REPLIES = "onevoice_gateway_webhooks_ignored_total{channel=\"EMAIL\",kind=\"AUTO_REPLY\"}";

    @Inject
    SmtpListener listener;

    @Test
    void aDeliveredMailBecomesExactlyOneContactAndARedeliveryKeepsItsEventId() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        String messageId = EmailTestMails.uniqueMessageId();
        String mail = EmailTestMails.question(customer, messageId, "", "My parcel never arrived.\r\n.and the tracking page is empty.");
        String eventId = EventIds.forChannelMessage(Channel.EMAIL, messageId, ContactReceived.TYPE);

        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            assertTrue(smtp.greeting.startsWith("220 "), smtp.greeting);
            String ehlo = smtp.send("EHLO mx.example.com");
            assertTrue(ehlo.contains("250-SIZE 1048576"), ehlo);
            assertEquals("250 2.1.0 OK", smtp.send("MAIL FROM:<" + customer + "> SIZE=" + mail.length()));
            assertEquals("250 2.1.5 OK", smtp.send("RCPT TO:<Support@OneVoice.local>"));
            assertEquals("250 2.0.0 OK queued as " + eventId, smtp.data(mail));
            assertTrue(smtp.send("QUIT").startsWith("221"));
        }

        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                EmailTestMails.partitionKey(customer), r -> eventId.equals(KafkaTopics.header(r, "ce_id")));
        assertEquals(1, records.size());
        assertEquals(ContactReceived.CLOUD_EVENT_TYPE, KafkaTopics.header(records.get(0), "ce_type"));
        ContactReceived contact = assertInstanceOf(ContactReceived.class, contact(records.get(0)));
        assertEquals(messageId, contact.channelMessageId());
        assertEquals(customer, contact.customer().value());
        assertEquals("Test Customer", contact.customer().displayName());
        assertEquals("Question " + messageId, contact.subject());
        assertEquals("My parcel never arrived.\n.and the tracking page is empty.", contact.body());
        assertEquals(Instant.parse("2026-03-03T09:00:00Z"), contact.channelTimestamp());

        try (SmtpConversation again = new SmtpConversation(listener.port())) {
            assertEquals("250 2.0.0 OK queued as " + eventId, again.deliver(customer, EmailTestMails.SUPPORT, mail));
        }
    }

    @Test
    void mailForOtherRecipientsIsRefusedWith550AndTheSessionGoesOn() throws IOException {
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            smtp.send("EHLO mx.example.com");
            smtp.send("MAIL FROM:<someone@example.com>");
            assertTrue(smtp.send("RCPT TO:<ceo@onevoice.local>").startsWith("550 5.1.1"));
            assertTrue(smtp.send("RCPT TO:<victim@elsewhere.example>").startsWith("550 5.1.1"));
            assertTrue(smtp.send("DATA").startsWith("503"));
            assertEquals("250 2.1.5 OK", smtp.send("RCPT TO:<support@onevoice.local>"));
            assertEquals("250 2.0.0 OK", smtp.send("RSET"));
            assertEquals("250 2.0.0 OK", smtp.send("NOOP"));
        }
    }

    @Test
    void mailOverTheSizeLimitIsRefusedWith552WhetherAnnouncedOrNot() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        String huge = EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(), "", "x".repeat(900).concat("\r\n").repeat(1200));

        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            smtp.send("EHLO mx.example.com");
            assertTrue(smtp.send("MAIL FROM:<" + customer + "> SIZE=" + huge.length()).startsWith("552 5.3.4"));
            assertEquals("250 2.1.0 OK", smtp.send("MAIL FROM:<" + customer + ">"));
            smtp.send("RCPT TO:<" + EmailTestMails.SUPPORT + ">");
            assertTrue(smtp.data(huge).startsWith("552 5.3.4"));
            assertTrue(smtp.send("NOOP").startsWith("250"));
        }
    }

    @Test
    void anAutoReplyIsRefusedWithItsReasonAndNothingIsPublished() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        String autoReply = EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(), "Auto-Submitted: auto-replied\r\n",
                "I am out of the office.");
        String questionId = EmailTestMails.uniqueMessageId();
        String question = EmailTestMails.question(customer, questionId, "", "Back now: where is my refund?");
        String questionEventId = EventIds.forChannelMessage(Channel.EMAIL, questionId, ContactReceived.TYPE);

        double ignoredBefore = PrometheusMetrics.value(IGNORED_AUTO_REPLIES);
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            String refused = smtp.deliver(customer, EmailTestMails.SUPPORT, autoReply);
            assertTrue(refused.startsWith("554 5.7.1 Rejected AUTO_REPLY"), refused);
            assertEquals("250 2.0.0 OK queued as " + questionEventId, smtp.deliver(customer, EmailTestMails.SUPPORT, question));
        }

        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                EmailTestMails.partitionKey(customer), r -> questionEventId.equals(KafkaTopics.header(r, "ce_id")));
        assertEquals(List.of(questionEventId), records.stream().map(r -> KafkaTopics.header(r, "ce_id")).toList());
        assertEquals(ignoredBefore + 1, PrometheusMetrics.value(IGNORED_AUTO_REPLIES));
    }

    @Test
    void aBounceSentWithTheNullReversePathIsRefusedAsDeliveryReport() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            String refused = smtp.deliver("", EmailTestMails.SUPPORT,
                    EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(), "", "Delivery failed"));
            assertTrue(refused.startsWith("554 5.7.1 Rejected DELIVERY_REPORT"), refused);
        }
    }

    @Test
    void readinessReportsTheListenersPort() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'email' }.data.'smtp listener'", equalTo("port " + listener.port()))
                .body("checks.find { it.name == 'email' }.data.'raw-mail endpoint'", equalTo("configured"));
    }

    @Test
    void protocolErrorsGetTheirReplyCodes() throws IOException {
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            assertTrue(smtp.send("MAIL FROM:<a@example.com>").startsWith("503"));
            assertTrue(smtp.send("HELO").startsWith("501"));
            assertTrue(smtp.send("HELO mx.example.com").startsWith("250"));
            assertTrue(smtp.send("MAIL FROM: a@example.com").startsWith("501"));
            assertTrue(smtp.send("RCPT TO:<support@onevoice.local>").startsWith("503"));
            assertTrue(smtp.send("STARTTLS").startsWith("502"));
            assertTrue(smtp.send("WHAT IS THIS").startsWith("500"));
            assertTrue(smtp.send("NOOP " + "x".repeat(600)).startsWith("500 5.5.2 Line too long"));
        }
    }

    @Test
    void aMailWithoutTextIsRefusedWith554() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            String refused = smtp.deliver(customer, EmailTestMails.SUPPORT,
                    EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(), "", "   "));
            assertTrue(refused.startsWith("554 5.6.0 Rejected EMPTY_BODY"), refused);
        }
    }

    static org.onevoice.events.v1.ContactEvent contact(ConsumerRecord<String, String> record) {
        try (ContactEventDeserializer deserializer = new ContactEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
