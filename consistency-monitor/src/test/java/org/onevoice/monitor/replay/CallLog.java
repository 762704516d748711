package org.onevoice.monitor.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;

/**
 * A generated call-centre log in the shape of the Anonymous Bank one (one row per call: queue
 * entry, queue time, outcome AGENT / HANG / PHANTOM, service time), with the events the gateway
 * publishes for it, and the waits it stands for under OneVoice's definition: a call that reached an
 * agent waited its queue time (0 when it never queued), one that hung up in the queue is censored at
 * its queue time, IVR-only (hung up without queueing) and phantom calls are not contacts.
 */
record CallLog(List<Row> rows) {

    enum Outcome { AGENT, HANG, PHANTOM }

    record Row(String callId, String caller, Instant queueEntry, long queueSeconds, Outcome outcome, long serviceSeconds) {
        boolean isContact() {
            return outcome == Outcome.AGENT || outcome == Outcome.HANG && queueSeconds > 0;
        }
    }

    /**
     * {@code calls} rows over {@code hours} from {@code start}: queue times exponential with mean
     * {@code meanQueueSeconds}, a share of callers calling more than once.
     */
    static CallLog generate(Random random, Instant start, int hours, int calls, double meanQueueSeconds) {
        List<Row> rows = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String caller = !callers.isEmpty() && random.nextDouble() < 0.1
                    ? callers.get(random.nextInt(callers.size()))
                    : "+9723" + String.format("%07d", random.nextInt(10_000_000));
            callers.add(caller);
            Instant entry = start.plusSeconds(random.nextInt(hours * 3600));
            double kind = random.nextDouble();
            long queue = Math.round(-meanQueueSeconds * Math.log(1 - random.nextDouble()));
            Outcome outcome = kind < 0.72 ? Outcome.AGENT : kind < 0.9 ? Outcome.HANG : kind < 0.95 ? Outcome.PHANTOM : Outcome.HANG;
            if (kind >= 0.95 || kind < 0.08) {
                // IVR-only hang-ups, and agents who pick up without queueing.
                queue = 0;
            }
            rows.add(new Row("gen-" + start.getEpochSecond() + "-" + i, caller, entry, queue, outcome, 60 + random.nextInt(400)));
        }
        return new CallLog(rows);
    }

    List<ReferenceKaplanMeier.Wait> waits() {
        return rows.stream().filter(Row::isContact)
                .map(r -> new ReferenceKaplanMeier.Wait(r.queueSeconds(), r.outcome() == Outcome.AGENT))
                .toList();
    }

    long contacts() {
        return rows.stream().filter(Row::isContact).count();
    }

    long abandoned() {
        return rows.stream().filter(r -> r.isContact() && r.outcome() == Outcome.HANG).count();
    }

    /** What the call-centre webhook makes of each contact's queueing, pick-up or hang-up, and end. */
    List<ContactEvent> gatewayEvents(String topic) {
        List<ContactEvent> events = new ArrayList<>();
        rows.stream().filter(Row::isContact).forEach(row -> {
            CustomerIdentity caller = new CustomerIdentity(IdentityKind.PHONE, row.caller(), null, null);
            Instant leftQueue = row.queueEntry().plusSeconds(row.queueSeconds());
            Map<String, String> facts = new HashMap<>(Map.of(Facts.QUEUE, "bank-PS", Facts.TOPIC, topic));
            events.add(new ContactReceived(id(row.callId(), ContactReceived.TYPE), Channel.CALL_CENTRE, row.callId(),
                    Threading.thread(row.callId()), caller, row.queueEntry(), Instant.now(), "und", null, null, facts));
            Map<String, String> waited = Map.of(Facts.QUEUE, "bank-PS", Facts.QUEUE_WAIT_SECONDS, Long.toString(row.queueSeconds()));
            if (row.outcome() == Outcome.AGENT) {
                String answerId = row.callId() + "/answered";
                events.add(new AnswerGiven(id(answerId, AnswerGiven.TYPE), Channel.CALL_CENTRE, answerId,
                        Threading.thread(row.callId()), caller, leftQueue, Instant.now(), "AGENT-7", null, waited));
                events.add(ended(row, caller, leftQueue.plusSeconds(row.serviceSeconds()), ContactEnded.Outcome.COMPLETED,
                        Map.of(Facts.QUEUE, "bank-PS")));
            } else {
                events.add(ended(row, caller, leftQueue, ContactEnded.Outcome.ABANDONED, waited));
            }
        });
        return events;
    }

    private static ContactEnded ended(Row row, CustomerIdentity caller, Instant at, ContactEnded.Outcome outcome, Map<String, String> facts) {
        String endId = row.callId() + "/ended";
        return new ContactEnded(id(endId, ContactEnded.TYPE), Channel.CALL_CENTRE, endId, Threading.thread(row.callId()),
                caller, at, Instant.now(), outcome, facts);
    }

    private static String id(String channelMessageId, String type) {
        return EventIds.forChannelMessage(Channel.CALL_CENTRE, channelMessageId, type);
    }
}
