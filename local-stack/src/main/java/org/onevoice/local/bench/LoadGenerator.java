package org.onevoice.local.bench;

import org.onevoice.local.smtp.SmtpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.onevoice.local.http.HttpPoster;
import org.onevoice.local.replay.GatewayWebhooks;

/**
 * Sends the contacts to the gateway's real entry points on an open-loop schedule: each is sent when
 * it is due whether or not earlier ones were answered, with at most {@code maxInFlight} outstanding.
 * A slow server therefore shows up as latency, pushback or drops, never as a quietly lower rate.
 */
final class LoadGenerator implements AutoCloseable {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int SMTP_CONNECTIONS = 32;

    private final ChannelMix mix;
    private final ContactTexts texts;
    private final GatewayWebhooks webhooks;
    private final String smtpHost;
    private final int smtpPort;
    private final Semaphore inFlight;
    private final HttpPoster gateway;
    private final ExecutorService smtpSenders = Executors.newFixedThreadPool(SMTP_CONNECTIONS);
    private final ThreadLocal<SmtpSession> smtpSession = new ThreadLocal<>();
    private final Queue<SmtpSession> openSessions = new ConcurrentLinkedQueue<>();

    LoadGenerator(ChannelMix mix, ContactTexts texts, GatewayWebhooks webhooks, String smtpHost, int smtpPort,
                  int maxInFlight) {
        this.mix = mix;
        this.texts = texts;
        this.webhooks = webhooks;
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
        this.inFlight = new Semaphore(maxInFlight);
        this.gateway = new HttpPoster(webhooks.url());
    }

    /**
     * Runs the schedule; {@code run} tells its contacts' ids apart from another run's, and
     * {@code replies} follow the contacts. In a ramp, stops at the first step after one that fell behind (a refusal,
     * a drop, or answers more than {@code behindAfter} late), since the rates above it would only
     * pile up more. Returns when everything sent has been answered or timed out.
     */
    AckLog run(RateSchedule schedule, int run, ReplyLoad replies, boolean stopWhenBehind, Duration behindAfter)
            throws InterruptedException {
        AckLog log = new AckLog(Math.toIntExact(schedule.count()));
        long start = System.nanoTime();
        RateSchedule.Step previous = null;
        for (long i = 0; i < schedule.count(); i++) {
            RateSchedule.Step step = schedule.stepOf(i);
            if (step != previous) {
                if (previous != null && stopWhenBehind && fellBehind(schedule, log, previous, start, behindAfter)) {
                    System.out.printf("  step %d (%d/s) fell behind: stopping the ramp%n", previous.number(), previous.rate());
                    break;
                }
                System.out.printf("  step %d: %d contacts/s for %d s%n", step.number(), step.rate(), step.seconds());
                previous = step;
            }
            long due = start + schedule.dueNanos(i);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(log, BenchContact.create(i, mix.channelOf(i), run, texts, Instant.now()), due);
            replies.afterContact();
        }
        awaitAnswers(log);
        return log;
    }

    private void send(AckLog log, BenchContact contact, long due) {
        log.sent(contact);
        if (!inFlight.tryAcquire()) {
            log.answered(contact.index(), AckLog.DROPPED, System.nanoTime() - due);
            return;
        }
        if (contact.channel() == BenchChannel.EMAIL) {
            smtpSenders.execute(() -> {
                try {
                    log.answered(contact.index(), mail(contact), System.nanoTime() - due);
                } finally {
                    inFlight.release();
                }
            });
            return;
        }
        GatewayWebhooks.SignedPost post = webhooks.signed(contact.webhook());
        gateway.post(post.path(), post.headers(), post.body().getBytes(StandardCharsets.UTF_8))
                .whenComplete((status, failure) -> {
                    log.answered(contact.index(), failure == null ? status : AckLog.IO_ERROR, System.nanoTime() - due);
                    inFlight.release();
                });
    }

    private int mail(BenchContact contact) {
        try {
            SmtpSession session = smtpSession.get();
            if (session == null) {
                session = SmtpSession.open(smtpHost, smtpPort);
                smtpSession.set(session);
                openSessions.add(session);
            }
            return session.send(contact.mailFrom(), contact.mail());
        } catch (IOException e) {
            SmtpSession broken = smtpSession.get();
            if (broken != null) {
                openSessions.remove(broken);
                broken.close();
                smtpSession.remove();
            }
            return AckLog.IO_ERROR;
        }
    }

    private static boolean fellBehind(RateSchedule schedule, AckLog log, RateSchedule.Step step, long start, Duration behindAfter) {
        long lateIfDueBefore = System.nanoTime() - start - behindAfter.toNanos();
        long end = Math.min(log.sent(), step.firstIndex() + step.count());
        for (long i = step.firstIndex(); i < end; i++) {
            boolean answeredLate = !log.pending(i) && log.dueToAckMillis(i) > behindAfter.toMillis();
            boolean stillWaiting = log.pending(i) && schedule.dueNanos(i) < lateIfDueBefore;
            if (!log.pending(i) && !log.accepted(i) || answeredLate || stillWaiting) {
                return true;
            }
        }
        return false;
    }

    private void awaitAnswers(AckLog log) throws InterruptedException {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.plusSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            long pending = 0;
            for (long i = 0; i < log.sent(); i++) {
                pending += log.pending(i) ? 1 : 0;
            }
            if (pending == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    @Override
    public void close() {
        smtpSenders.shutdown();
        try {
            smtpSenders.awaitTermination(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List.copyOf(openSessions).forEach(SmtpSession::close);
        gateway.close();
    }
}
