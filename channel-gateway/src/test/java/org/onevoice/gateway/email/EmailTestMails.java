package org.onevoice.gateway.email;

import java.util.UUID;
import org.onevoice.events.v1.Channel;

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
}
