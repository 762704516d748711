package org.onevoice.local.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Starts a service of {@code ./onevoice up} again when it exits on its own (a crash, the kernel's
 * out-of-memory killer, a stray {@code kill}), as a service manager would: nothing it accepted is
 * lost, Kafka keeps its records uncommitted and its database its outbox. A service that exits more
 * than {@link #MAX_RESTARTS} times within {@link #WINDOW} is not started again; everything is
 * stopped instead, so a crash loop cannot go on unnoticed.
 */
final class ServiceSupervisor {
    private static final int MAX_RESTARTS = 3;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final ServiceStack stack;
    private final Duration readyTimeout;
    private final Consumer<List<Long>> pidsChanged;
    private final Consumer<String> giveUp;
    private final Map<String, Deque<Instant>> restarts = new HashMap<>();
    // Exits are handled one at a time, off the JDK's process-reaper thread.
    private final ExecutorService handler = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "onevoice-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private boolean stopping;

    /**
     * @param pidsChanged told the pids of all services after a restart, for the pid file
     * @param giveUp told why, when a service keeps exiting; it stops everything
     */
    ServiceSupervisor(ServiceStack stack, Duration readyTimeout, Consumer<List<Long>> pidsChanged, Consumer<String> giveUp) {
        this.stack = stack;
        this.readyTimeout = readyTimeout;
        this.pidsChanged = pidsChanged;
        this.giveUp = giveUp;
    }

    void watchAll() {
        stack.processes().forEach(this::watch);
    }

    /** From now on an exit is expected: call before stopping the services. Waits for a restart under way. */
    synchronized void stop() {
        stopping = true;
    }

    private void watch(ServiceProcess process) {
        process.exitCode().thenAcceptAsync(code -> exited(process, code), handler);
    }

    private synchronized void exited(ServiceProcess process, int code) {
        if (stopping) {
            return;
        }
        process.endedByItself();
        String service = process.name();
        if (!mayRestart(service)) {
            giveUp(service + " exited with " + code + ", for the " + (MAX_RESTARTS + 1) + "th time within "
                    + WINDOW.toMinutes() + " min (see " + process.log() + ")");
            return;
        }
        System.out.println("OneVoice: " + service + " exited with " + code + " (see " + process.log() + "); starting it again");
        ServiceProcess again;
        try {
            again = stack.launch(service);
        } catch (RuntimeException e) {
            giveUp(service + " could not be started again: " + e.getMessage());
            return;
        }
        pidsChanged.accept(stack.processes().stream().map(ServiceProcess::pid).toList());
        watch(again);
        Thread ready = new Thread(() -> reportReady(again), "onevoice-ready-" + service);
        ready.setDaemon(true);
        ready.start();
    }

    /** Everything stops now; the exits that follow are expected. */
    private void giveUp(String reason) {
        stopping = true;
        giveUp.accept(reason);
    }

    private boolean mayRestart(String service) {
        Instant now = Instant.now();
        Deque<Instant> recent = restarts.computeIfAbsent(service, s -> new ArrayDeque<>());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= MAX_RESTARTS) {
            return false;
        }
        recent.addLast(now);
        return true;
    }

    private void reportReady(ServiceProcess process) {
        try {
            Duration took = process.awaitReady(readyTimeout);
            System.out.printf("OneVoice: %s ready again in %.1f s%n", process.name(), took.toMillis() / 1000.0);
        } catch (IllegalStateException e) {
            // One that died before it was ready is the exit handler's to report.
            if (process.isAlive()) {
                System.err.println("OneVoice: " + e.getMessage());
            }
        }
    }
}
