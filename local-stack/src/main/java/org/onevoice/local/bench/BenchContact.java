package org.onevoice.local.bench;

import org.onevoice.local.smtp.SmtpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.onevoice.local.replay.ReplayEvent;

/**
 * One contact of the bench: the id its channel gives it (what the ticket and monitor databases
 * are matched on) and what the channel delivers to the gateway. Every contact is a new customer.
 */
public record BenchContact(long index, BenchChannel channel, String channelMessageId, ReplayEvent webhook, String mail) {
    static final String BRAND_USER_ID = "900000001";
    static final String MAIL_DOMAIN = "bench.onevoice.invalid";

    /**
     * @param run distinguishes the ids of one run from another's (the stack is fresh, but a
     *            message id should still never be reused)
     */
    public static BenchContact create(long index, BenchChannel channel, int run, ContactTexts texts, Instant now) {
        return switch (channel) {
            case X -> {
                String tweetId = Long.toString(1_000_000_000_000_000L + run * 1_000_000_000L + index);
                yield new BenchContact(index, channel, tweetId, new ReplayEvent.Tweet(tweetId, Long.toString(500_000_000L + index),
                        "bench" + index, "@brand " + texts.tweet(index), now, null, null, BRAND_USER_ID, false), null);
            }
            case CALLS -> {
                String callId = "bench-" + run + "-" + index;
                yield new BenchContact(index, channel, callId, new ReplayEvent.Call(callId, "QUEUED", now,
                        phoneNumber(index), "retail", null, texts.question(index)), null);
            }
            case EMAIL -> {
                String messageId = "bench-" + run + "-" + index + "@" + MAIL_DOMAIN;
                yield new BenchContact(index, channel, messageId, null, mail(index, messageId, texts.question(index), now));
            }
        };
    }

    /** A German mobile number of eight digits after the prefix; String.format took a fifth of the load generator thread's time. */
    static String phoneNumber(long index) {
        String digits = Long.toString(index % 100_000_000L);
        return "+49151" + "0".repeat(8 - digits.length()) + digits;
    }

    /** The ids as the stores keep them, e.g. an email's with angle brackets, compared without. */
    public static String normalised(String channelMessageId) {
        return channelMessageId.startsWith("<") && channelMessageId.endsWith(">")
                ? channelMessageId.substring(1, channelMessageId.length() - 1) : channelMessageId;
    }

    /** A plain mail; the body base64-encoded so any text passes a 7-bit SMTP session unchanged. */
    private static String mail(long index, String messageId, String text, Instant now) {
        String body = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return "From: Customer " + index + " <customer" + index + "@" + MAIL_DOMAIN + ">\r\n"
                + "To: OneVoice Support <" + SmtpSession.SUPPORT_ADDRESS + ">\r\n"
                + "Subject: Question " + index + "\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    public String mailFrom() {
        return "customer" + index + "@" + MAIL_DOMAIN;
    }
}
