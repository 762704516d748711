package org.onevoice.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.callcentre.CallCentreCalls;
import org.onevoice.gateway.email.EmailTestMails;
import org.onevoice.gateway.email.SmtpConversation;
import org.onevoice.gateway.email.SmtpListener;
import org.onevoice.gateway.support.PrometheusMetrics;
import org.onevoice.gateway.x.XWebhooks;

/** Every limit on what a sender may send is enforced over the real protocol, names itself, and is counted. */
@QuarkusTest
class InputLimitsTest {
    @Inject
    SmtpListener smtp;

    @Test
    void aWebhookBodyOverTheLimitIsRefusedBeforeItIsRead() {
        double before = rejected("X", "body_size");
        given().contentType("application/json").body(new byte[1024 * 1024 + 1]).post("/webhooks/x")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 1048576 accepted (gateway.limits.webhook-body-size)"));
        assertEquals(before + 1, rejected("X", "body_size"));
    }

    @Test
    void jsonNestedTooDeepIsRefusedNamingTheLimit() {
        String deep = "{\"for_user_id\":\"9000000001\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";
        refusedAndCounted("X", "json_depth", () -> XWebhooks.postSigned(deep),
                "deeper than 32 levels (gateway.limits.json.max-depth)");
    }

    @Test
    void aJsonNumberWithTooManyDigitsIsRefusedNamingTheLimit() {
        XWebhooks.postSigned("{\"for_user_id\":" + "9".repeat(65) + "}").statusCode(413)
                .body("detail", containsString("more than 64 digits (gateway.limits.json.max-number-length)"));
    }

    @Test
    void aJsonStringOverTheLimitIsRefusedNamingTheLimit() {
        String body = CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", Instant.now(),
                CallCentreCalls.uniqueMobile().asSent(), "\"question\":\"" + "a".repeat(100_001) + "\"");
        refusedAndCounted("CALL_CENTRE", "json_string_length", () -> CallCentreCalls.postSigned(body),
                "longer than 100000 characters (gateway.limits.json.max-string-length)");
    }

    @Test
    void aRawMailOverTheSizeLimitIsRefused() {
        String mail = EmailTestMails.question(EmailTestMails.uniqueCustomer(), EmailTestMails.uniqueMessageId(), "",
                "x".repeat(1024 * 1024));
        EmailTestMails.postSigned(mail).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("(gateway.email.max-size)"));
    }

    @Test
    void mimeNestedTooDeepIsRefusedOverHttpAndSmtp() throws IOException {
        double before = rejected("EMAIL", "mime_too_deep");
        rawMail(nestedMultiparts(20)).statusCode(413)
                .body("detail", startsWith("MIME_TOO_DEEP: the MIME parts are nested deeper than allowed: deeper than 12 levels "
                        + "(gateway.email.max-mime-depth)"));
        try (SmtpConversation conversation = new SmtpConversation(smtp.port())) {
            String reply = conversation.deliver(EmailTestMails.uniqueCustomer(), EmailTestMails.SUPPORT, nestedMultiparts(20));
            assertTrue(reply.startsWith("552 5.3.4 Rejected MIME_TOO_DEEP"), reply);
        }
        assertEquals(before + 2, rejected("EMAIL", "mime_too_deep"));
        rawMail(nestedMultiparts(5)).statusCode(202);
    }

    @Test
    void tooManyHeaderFieldsAreRefused() {
        String headers = "X-Trace: hop\r\n".repeat(501);
        String mail = EmailTestMails.question(EmailTestMails.uniqueCustomer(), EmailTestMails.uniqueMessageId(), headers, "Hello?");
        rawMail(mail).statusCode(413).body("detail", startsWith("TOO_MANY_HEADERS"))
                .body("detail", containsString("more than 500 (gateway.email.max-headers)"));
    }

    @Test
    void tooManyAttachmentsAreRefusedWithTheLimit() {
        StringBuilder parts = new StringBuilder("--b\r\nContent-Type: text/plain\r\n\r\nSee the attached photos\r\n");
        for (int i = 0; i < 21; i++) {
            parts.append("--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"p").append(i)
                    .append(".png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n");
        }
        String mail = headers("multipart/mixed; boundary=\"b\"") + parts + "--b--\r\n";
        rawMail(mail).statusCode(413).body("detail", startsWith("TOO_MANY_ATTACHMENTS"))
                .body("detail", containsString("21 > 20 (gateway.email.max-attachments)"));
    }

    @Test
    void oversizedHttpHeadersAreRefusedByTheServer() {
        given().contentType("application/json").header("X-Padding", "p".repeat(32 * 1024)).body("{}").post("/webhooks/x")
                .then().statusCode(431);
    }

    private static void refusedAndCounted(String channel, String reason, Supplier<ValidatableResponse> request, String detail) {
        double before = rejected(channel, reason);
        request.get().statusCode(413).contentType("application/problem+json").body("detail", containsString(detail));
        assertEquals(before + 1, rejected(channel, reason));
    }

    private static ValidatableResponse rawMail(String mail) {
        return EmailTestMails.postSigned(mail);
    }

    private static String nestedMultiparts(int depth) {
        String inner = "Content-Type: text/plain; charset=utf-8\r\n\r\nWhy was I charged twice?\r\n";
        for (int level = depth - 1; level > 0; level--) {
            inner = "Content-Type: multipart/mixed; boundary=\"level" + level + "\"\r\n\r\n--level" + level + "\r\n" + inner
                    + "--level" + level + "--\r\n";
        }
        return headers("multipart/mixed; boundary=\"level0\"") + "--level0\r\n" + inner + "--level0--\r\n";
    }

    private static String headers(String contentType) {
        return "From: Customer <" + EmailTestMails.uniqueCustomer() + ">\r\nTo: " + EmailTestMails.SUPPORT + "\r\nSubject: Limits\r\n"
                + "Message-ID: " + EmailTestMails.uniqueMessageId() + "\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n";
    }

    private static double rejected(String channel, String reason) {
        return PrometheusMetrics.value("onevoice_gateway_webhooks_rejected_total{channel=\"" + channel + "\",reason=\"" + reason + "\"}");
    }
}
