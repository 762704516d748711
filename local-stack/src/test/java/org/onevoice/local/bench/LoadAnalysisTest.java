package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching acknowledgements with stored rows by the generated channel message ids. */
class LoadAnalysisTest {
    private static final ContactTexts TEXTS = ContactTexts.generated();
    private final RateSchedule schedule = RateSchedule.ramp(2, 2, 1, 2);
    private final AckLog log = new AckLog((int) schedule.count());
    private final Map<String, List<Long>> tickets = new HashMap<>();

    @Test
    void acknowledgedButNotStoredIsLostAndStoredTwiceIsDuplicated() {
        for (int i = 0; i < 6; i++) {
            send(i, i == 5 ? 503 : 202);
        }
        store(0, 1);
        store(1, 2);
        store(2, 1);
        store(4, 1);
        BenchReport.Integrity integrity = new LoadAnalysis(log, schedule, tickets, null).integrity();
        assertEquals(4, integrity.storedInTickets());
        assertEquals(1, integrity.lostInTickets(), "contact 3 was acknowledged and never stored");
        assertEquals(1, integrity.duplicatedInTickets());
        assertNull(integrity.storedInMonitor());
    }

    @Test
    void aRefusedContactIsNotLostAndTheStepWithItDidNotHold() {
        for (int i = 0; i < 6; i++) {
            send(i, i == 4 ? 429 : 202);
            if (i != 4) {
                store(i, 1);
            }
        }
        LoadAnalysis analysis = new LoadAnalysis(log, schedule, tickets, null);
        assertEquals(0, analysis.integrity().lostInTickets());
        BenchReport.Load load = analysis.load(2, 0);
        assertEquals(Map.of("429", 1L), load.refusedByStatus());
        assertEquals(5, load.accepted());
        List<BenchReport.Step> steps = analysis.steps(1000, 1000);
        assertTrue(steps.get(0).held());
        assertFalse(steps.get(1).held());
        assertEquals(2, LoadAnalysis.highestRateHeld(steps));
    }

    @Test
    void aStepWhoseTicketsWereCommittedLateDidNotHoldThoughTheGatewayAcceptedEveryContact() {
        for (int i = 0; i < 6; i++) {
            send(i, 202);
            long late = i >= 2 && i < 4 ? 1_500_000 : 1000;
            tickets.put(id(i), List.of(log.ackEpochMicros(i) + late));
        }
        List<BenchReport.Step> steps = new LoadAnalysis(log, schedule, tickets, null).steps(1000, 1000);
        assertEquals(1.0, steps.get(0).committedP99Millis());
        assertEquals(1500.0, steps.get(1).committedP99Millis());
        assertNull(steps.get(1).countedP99Millis(), "no monitor figures were read");
        assertEquals(0, steps.get(1).refused());
        assertFalse(steps.get(1).held());
        assertEquals(2, LoadAnalysis.highestRateHeld(steps));
    }

    @Test
    void aStepWithNothingCommittedHasNoCommitLatencyAndDidNotHold() {
        for (int i = 0; i < 6; i++) {
            send(i, 202);
        }
        store(0, 1);
        store(1, 1);
        List<BenchReport.Step> steps = new LoadAnalysis(log, schedule, tickets, null).steps(1000, 1000);
        assertEquals(1.0, steps.get(0).committedP99Millis());
        assertNull(steps.get(1).committedP99Millis());
        assertEquals(4, steps.get(1).lost());
        assertFalse(steps.get(1).held());
    }

    @Test
    void latencyRunsFromTheAcknowledgementToTheStoredRow() {
        send(0, 202);
        tickets.put(id(0), List.of(log.ackEpochMicros(0) + 12_500));
        LatencySummary committed = new LoadAnalysis(log, schedule, tickets, null).latencies().ackToCommitted();
        assertEquals(1, committed.count());
        assertEquals(12.5, committed.max());
    }

    private void send(int index, int status) {
        BenchChannel channel = BenchChannel.values()[index % 3];
        log.sent(BenchContact.create(index, channel, 7, TEXTS, Instant.now()));
        log.answered(index, status, 1_000_000);
    }

    private void store(int index, int copies) {
        tickets.put(id(index), java.util.Collections.nCopies(copies, log.ackEpochMicros(index) + 1000));
    }

    /** As the stores keep it: an email's id in angle brackets. */
    private String id(int index) {
        return BenchContact.normalised("<" + log.contact(index).channelMessageId() + ">");
    }
}
