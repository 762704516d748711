package org.onevoice.gateway.email;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.onevoice.events.v1.Channel;
import org.onevoice.gateway.support.Hmac;

/** Unique customers and mails per test, so tests sharing one Kafka topic never see each other's records. */
public final class EmailTestMails {
    public static final String SUPPORT = "support@onevoice.local";

    private EmailTestMails() {
    }

    public static String uniqueCustomer() {
        return "customer-" + UUID.randomUUID() + "@example.com";
    }

    static String partitionKey(String customer) {
        return Channel.EMAIL.name() + ':' + customer;
    }

    public static String question(String from, String messageId, String extraHeaders, String body) {
        return "From: Test Customer <" + from + ">\r\n"
                + "To: OneVoice Support <" + SUPPORT + ">\r\n"
                + "Subject: Question " + messageId + "\r\n"
                + "Date: Tue, 3 Mar 2026 10:00:00 +0100\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + extraHeaders
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    public static String uniqueMessageId() {
        return "<" + UUID.randomUUID() + "@example.com>";
    }

    /** POSTs a raw mail to {@code /channels/email/messages}, signed with the test secret as a mail-server pipe does. */
    public static ValidatableResponse postSigned(String mail) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = "sha256=" + HexFormat.of().formatHex(Hmac.sha256("test-email-secret", timestamp + "." + mail));
        return given().contentType("message/rfc822").body(mail.getBytes(StandardCharsets.UTF_8))
                .header("X-OneVoice-Timestamp", timestamp).header("X-OneVoice-Signature", signature)
                .post("/channels/email/messages").then();
    }
}
