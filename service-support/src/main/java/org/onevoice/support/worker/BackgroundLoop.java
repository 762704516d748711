package org.onevoice.support.worker;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * A daemon thread that runs a round of work when woken and at least every interval, and backs
 * off exponentially (up to 10 s) while rounds fail. Wake-ups that arrive during a round coalesce
 * into one more round. With a pace, rounds start at most once per pace however often they are
 * woken: the wake-ups in between coalesce too.
 */
public final class BackgroundLoop {
    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class);
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final String name;
    private final Duration interval;
    private final Duration pace;
    private final BooleanSupplier round;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** @param round one round of work; returns true when more work is waiting, to run again at once */
    public BackgroundLoop(String name, Duration interval, BooleanSupplier round) {
        this(name, interval, Duration.ZERO, round);
    }

    /** @param pace the least time from the start of one round to the start of the next */
    public BackgroundLoop(String name, Duration interval, Duration pace, BooleanSupplier round) {
        this.name = name;
        this.interval = interval;
        this.pace = pace;
        this.round = round;
    }

    public synchronized void start() {
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        wakeUp();
        Thread current = thread;
        if (current != null) {
            current.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                long started = System.nanoTime();
                boolean more = round.getAsBoolean();
                backoff = 0;
                if (!more) {
                    wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                }
                long early = pace.toNanos() - (System.nanoTime() - started);
                if (early > 0) {
                    stopped.await(early, TimeUnit.NANOSECONDS);
                }
                if (!more) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 200), MAX_BACKOFF_MILLIS);
                LOG.warnf(e, "%s round failed, retrying in %d ms", name, backoff);
                try {
                    wakeUps.tryAcquire(backoff, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
