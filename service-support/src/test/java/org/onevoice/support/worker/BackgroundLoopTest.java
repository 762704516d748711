package org.onevoice.support.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {
    private final List<Long> roundStarts = new CopyOnWriteArrayList<>();
    private final Semaphore rounds = new Semaphore(0);

    private boolean round() {
        roundStarts.add(System.nanoTime());
        rounds.release();
        return false;
    }

    @Test
    void wakeUpsWithinThePaceCoalesceIntoOneRoundAfterIt() throws InterruptedException {
        Duration pace = Duration.ofSeconds(1);
        BackgroundLoop loop = new BackgroundLoop("paced", Duration.ofHours(1), pace, this::round);
        loop.start();
        assertTrue(rounds.tryAcquire(10, TimeUnit.SECONDS), "the first round runs at start");
        for (int i = 0; i < 100; i++) {
            loop.wakeUp();
        }
        assertTrue(rounds.tryAcquire(10, TimeUnit.SECONDS), "the wake-ups lead to one more round");
        loop.stop();

        assertEquals(2, roundStarts.size(), "100 wake-ups within the pace make one round, not more");
        assertTrue(roundStarts.get(1) - roundStarts.get(0) >= pace.toNanos(), "the second round waited for the pace");
    }

    @Test
    void withoutAPaceEveryWakeUpAfterARoundRunsAnother() throws InterruptedException {
        BackgroundLoop loop = new BackgroundLoop("unpaced", Duration.ofHours(1), this::round);
        loop.start();
        for (int i = 1; i <= 3; i++) {
            assertTrue(rounds.tryAcquire(10, TimeUnit.SECONDS), "round " + i);
            loop.wakeUp();
        }
        loop.stop();
        assertTrue(roundStarts.size() >= 3);
    }

    @Test
    void aRoundThatLeavesWorkWaitingRunsAgainAtOnce() throws InterruptedException {
        Semaphore done = new Semaphore(0);
        int[] left = {3};
        BackgroundLoop loop = new BackgroundLoop("draining", Duration.ofHours(1), () -> {
            boolean more = --left[0] > 0;
            if (!more) {
                done.release();
            }
            return more;
        });
        loop.start();
        assertTrue(done.tryAcquire(10, TimeUnit.SECONDS), "three rounds ran without a wake-up or the hour-long interval");
        loop.stop();
        assertEquals(0, left[0]);
    }

    @Test
    void stoppingEndsAWaitForThePace() throws InterruptedException {
        BackgroundLoop loop = new BackgroundLoop("paced", Duration.ofHours(1), Duration.ofHours(1), this::round);
        loop.start();
        assertTrue(rounds.tryAcquire(10, TimeUnit.SECONDS));
        loop.wakeUp();

        long stopping = System.nanoTime();
        loop.stop();

        assertTrue(System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(5), "stop returned without waiting out the pace");
        assertFalse(rounds.tryAcquire(), "no round ran after the stop");
    }
}
