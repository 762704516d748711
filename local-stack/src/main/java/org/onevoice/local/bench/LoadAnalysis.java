package org.onevoice.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches what the gateway acknowledged with what the stores hold, by the channel message ids the
 * bench generated, and turns it into the report's figures.
 */
final class LoadAnalysis {
    private final AckLog log;
    private final RateSchedule schedule;
    private final Map<String, List<Long>> tickets;
    private final Map<String, List<Long>> monitor;

    /**
     * @param tickets row times (epoch µs) per channel message id in the ticket service
     * @param monitor the same in the monitor, or null when it could not be read
     */
    LoadAnalysis(AckLog log, RateSchedule schedule, Map<String, List<Long>> tickets, Map<String, List<Long>> monitor) {
        this.log = log;
        this.schedule = schedule;
        this.tickets = tickets;
        this.monitor = monitor;
    }

    BenchReport.Load load(double seconds, long loadStartEpochMicros) {
        long accepted = 0;
        long dropped = 0;
        long lastCommit = loadStartEpochMicros;
        Map<String, Long> refused = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        for (long i = 0; i < log.sent(); i++) {
            if (log.accepted(i)) {
                accepted++;
                byChannel.merge(log.contact(i).channel().option(), 1L, Long::sum);
                lastCommit = Math.max(lastCommit, first(tickets, i));
            } else if (log.status(i) == AckLog.DROPPED) {
                dropped++;
            } else {
                refused.merge(BenchReport.statusName(log.status(i)), 1L, Long::sum);
            }
        }
        long committed = integrity().storedInTickets();
        double commitSeconds = (lastCommit - loadStartEpochMicros) / 1e6;
        return new BenchReport.Load(log.sent(), accepted, refused, dropped, round(seconds), round(log.sent() / seconds),
                round(accepted / seconds), commitSeconds > 0 ? round(committed / commitSeconds) : 0, byChannel);
    }

    BenchReport.Latencies latencies() {
        return new BenchReport.Latencies(LatencySummary.of(ackAfterDue(0, log.sent())), afterAck(tickets, 0, log.sent()),
                afterAck(monitor, 0, log.sent()));
    }

    BenchReport.Integrity integrity() {
        long[] t = storedLostDuplicated(tickets);
        long[] m = monitor == null ? null : storedLostDuplicated(monitor);
        return new BenchReport.Integrity(t[0], t[1], t[2], m == null ? null : m[0], m == null ? null : m[1], m == null ? null : m[2]);
    }

    /**
     * Each step of the schedule that was reached (the windows of a fixed run are steps of one rate). It held if
     * nothing was refused or lost, 99 % of its contacts were acknowledged within {@code maxAckP99Millis} of being due and 99 % committed within {@code maxCommitP99Millis} of
     * their acknowledgement: a ticket service that falls behind shows in the second bound, since its backlog keeps
     * growing while the gateway still accepts.
     */
    List<BenchReport.Step> steps(double maxAckP99Millis, double maxCommitP99Millis) {
        List<BenchReport.Step> steps = new ArrayList<>();
        for (RateSchedule.Step step : schedule.steps()) {
            long end = Math.min(log.sent(), step.firstIndex() + step.count());
            if (step.firstIndex() >= end) {
                break;
            }
            long accepted = 0;
            long lost = 0;
            for (long i = step.firstIndex(); i < end; i++) {
                if (log.accepted(i)) {
                    accepted++;
                    lost += tickets.containsKey(id(i)) ? 0 : 1;
                }
            }
            long offered = end - step.firstIndex();
            double ackP99 = LatencySummary.of(ackAfterDue(step.firstIndex(), end)).p99();
            Double committedP99 = p99(afterAck(tickets, step.firstIndex(), end));
            boolean held = accepted == offered && offered == step.count() && lost == 0 && ackP99 <= maxAckP99Millis
                    && committedP99 != null && committedP99 <= maxCommitP99Millis;
            steps.add(new BenchReport.Step(step.number(), step.rate(), offered, accepted, offered - accepted, lost,
                    round(ackP99), committedP99, p99(afterAck(monitor, step.firstIndex(), end)), held));
        }
        return steps;
    }

    /** Rounded; null when nothing was measured (nothing stored, or a store that could not be read). */
    private static Double p99(LatencySummary latencies) {
        return latencies.present() ? round(latencies.p99()) : null;
    }

    /** The rate of the last step before the first one that did not hold; null if the first did not. */
    static Integer highestRateHeld(List<BenchReport.Step> steps) {
        Integer held = null;
        for (BenchReport.Step step : steps) {
            if (!step.held()) {
                break;
            }
            held = step.rate();
        }
        return held;
    }

    private long[] storedLostDuplicated(Map<String, List<Long>> rows) {
        long stored = 0;
        long lost = 0;
        long duplicated = 0;
        for (long i = 0; i < log.sent(); i++) {
            List<Long> times = rows.get(id(i));
            int copies = times == null ? 0 : times.size();
            stored += copies > 0 ? 1 : 0;
            lost += log.accepted(i) && copies == 0 ? 1 : 0;
            duplicated += Math.max(0, copies - 1);
        }
        return new long[] {stored, lost, duplicated};
    }

    private double[] ackAfterDue(long from, long to) {
        List<Double> millis = new ArrayList<>();
        for (long i = from; i < to; i++) {
            if (log.accepted(i)) {
                millis.add(log.dueToAckMillis(i));
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private LatencySummary afterAck(Map<String, List<Long>> rows, long from, long to) {
        if (rows == null) {
            return LatencySummary.of(new double[0]);
        }
        List<Double> millis = new ArrayList<>();
        for (long i = from; i < to; i++) {
            long stored = first(rows, i);
            if (log.accepted(i) && stored > 0) {
                millis.add((stored - log.ackEpochMicros(i)) / 1000.0);
            }
        }
        return LatencySummary.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private long first(Map<String, List<Long>> rows, long index) {
        List<Long> times = rows.get(id(index));
        return times == null ? 0 : times.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private String id(long index) {
        return BenchContact.normalised(log.contact(index).channelMessageId());
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
