package org.onevoice.system.fault;

import static java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.onevoice.local.smtp.SmtpSession;
import org.onevoice.system.support.Channels;
import org.onevoice.system.support.Pacing;

/**
 * Customers writing in at a fixed rate while faults happen: tweets through the signed X webhook and
 * mails through the gateway's SMTP listener. Each contact is offered until the gateway acknowledges
 * it (2xx, SMTP 250); what was acknowledged is what the system owes. A refusal, a 503 or a refused
 * connection during a restart is simply offered again, with the same ids, as real channels do.
 */
final class ContactStream implements AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofMillis(250);

    private final Channels channels;
    private final int smtpPort;
    private final int total;
    private final int mailEvery;
    private final Pacing pacing;
    private final ExecutorService senders;
    private final Set<String> ackedTweets = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedMails = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retries = new AtomicInteger();
    private final String runId = Long.toString(System.currentTimeMillis());

    /** @param mailEvery every n-th contact is a mail, the others are tweets */
    ContactStream(Channels channels, int smtpPort, int total, int mailEvery, double perSecond, int threads) {
        this.channels = channels;
        this.smtpPort = smtpPort;
        this.total = total;
        this.mailEvery = mailEvery;
        this.pacing = new Pacing(perSecond);
        this.senders = Executors.newFixedThreadPool(threads);
        IntStream.range(0, threads).forEach(t -> senders.submit(() -> sendShare(t, threads)));
        senders.shutdown();
    }

    int acknowledged() {
        return ackedTweets.size() + ackedMails.size();
    }

    int retries() {
        return retries.get();
    }

    /** Tweet ids the gateway acknowledged. */
    Set<String> tweets() {
        return Set.copyOf(ackedTweets);
    }

    /** Message-IDs (without angle brackets) of the mails the gateway acknowledged. */
    Set<String> mails() {
        return Set.copyOf(ackedMails);
    }

    boolean awaitDone(Duration timeout) throws InterruptedException {
        return senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sendShare(int thread, int threads) {
        SmtpSession smtp = null;
        try {
            for (int i = thread; i < total; i += threads) {
                pacing.awaitTurn(i);
                if (i % mailEvery == 0) {
                    smtp = sendMail(i, smtp);
                } else {
                    sendTweet(i);
                }
            }
        } finally {
            if (smtp != null) {
                smtp.close();
            }
        }
    }

    private void sendTweet(int i) {
        String tweetId = Long.toString(1_700_000_000_000_000_000L + Long.parseLong(runId) % 1_000_000 * 100_000 + i);
        String userId = Long.toString(500_000_000L + i);
        while (true) {
            try {
                int status = channels.tweet(tweetId, userId, "customer" + i,
                        "@AcmeSupport my card " + i + " was charged twice, please refund", Instant.now());
                if (status / 100 == 2) {
                    ackedTweets.add(tweetId);
                    return;
                }
            } catch (RuntimeException unreachable) {
                // the gateway is restarting: offer the same tweet again
            }
            retry();
        }
    }

    private SmtpSession sendMail(int i, SmtpSession open) {
        String messageId = "fault-" + runId + "-" + i + "@customers.example";
        String from = "customer" + i + "@customers.example";
        String mail = "From: Customer " + i + " <" + from + ">\r\n"
                + "To: " + SmtpSession.SUPPORT_ADDRESS + "\r\n"
                + "Subject: Refund for order " + i + "\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "Date: " + RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "Hello, order " + i + " arrived broken. When do I get my money back?\r\n";
        SmtpSession smtp = open;
        while (true) {
            try {
                if (smtp == null) {
                    smtp = SmtpSession.open("127.0.0.1", smtpPort);
                }
                if (smtp.send(from, mail) == 250) {
                    ackedMails.add(messageId);
                    return smtp;
                }
            } catch (IOException | RuntimeException broken) {
                if (smtp != null) {
                    smtp.close();
                }
                smtp = null;
            }
            retry();
        }
    }

    private void retry() {
        retries.incrementAndGet();
        Pacing.backOff(RETRY_AFTER);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
