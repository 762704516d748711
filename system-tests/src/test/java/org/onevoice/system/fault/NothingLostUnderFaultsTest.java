package org.onevoice.system.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevoice.local.cli.ServiceStack.GATEWAY;
import static org.onevoice.local.cli.ServiceStack.MONITOR;
import static org.onevoice.local.cli.ServiceStack.TICKETS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.smtp.SmtpSink;
import org.onevoice.system.support.SystemTest;

/**
 * The fault drill: while customers write in and agents answer, the broker, PostgreSQL and every
 * service go down in turn, each service once stopped as a deployment stops it (SIGTERM) and once
 * by SIGKILL. Afterwards every contact the gateway
 * acknowledged is stored exactly once, every reply reached its channel exactly once, the
 * monitor counts what the ticket service holds, and an unreadable record put among the contacts
 * went to the dead-letter topic with its cause without stopping anyone.
 */
class NothingLostUnderFaultsTest extends SystemTest {
    private static final int CONTACTS = 10_000;
    private static final int MAIL_EVERY = 5;
    private static final int REPLIES = 1_500;
    private static final Duration SETTLE = Duration.ofMinutes(10);

    private final List<String> report = new ArrayList<>();

    @Test
    void everyAcknowledgedContactAndReplyArrivesExactlyOnceThroughRestartsAndKills() throws Exception {
        Stores stores = new Stores(system);
        PoisonRecord poison = new PoisonRecord(system.kafkaBootstrapServers(), Topics.CONTACTS_INBOUND);
        try (ContactStream contacts = new ContactStream(system.channels(), system.smtpPort(), CONTACTS, MAIL_EVERY, 100, 8);
             ReplyStream replies = new ReplyStream(system, system.url(TICKETS), REPLIES, 10)) {
            await().atMost(SETTLE).until(() -> contacts.acknowledged() >= 500);
            poison.publish();
            faultAt(contacts, 1_500, "Kafka broker restarted", system::restartKafka);
            faultAt(contacts, 2_500, "ticket-service stopped and started", () -> system.stopAndRestart(TICKETS));
            faultAt(contacts, 3_500, "ticket-service SIGKILLed and started", () -> system.killAndRestart(TICKETS));
            faultAt(contacts, 4_500, "PostgreSQL restarted", system::restartPostgres);
            faultAt(contacts, 5_500, "consistency-monitor stopped and started", () -> system.stopAndRestart(MONITOR));
            faultAt(contacts, 6_500, "consistency-monitor SIGKILLed and started", () -> system.killAndRestart(MONITOR));
            faultAt(contacts, 7_500, "channel-gateway stopped and started", () -> system.stopAndRestart(GATEWAY));
            faultAt(contacts, 8_500, "channel-gateway SIGKILLed and started", () -> system.killAndRestart(GATEWAY));

            assertTrue(contacts.awaitDone(SETTLE), "the gateway acknowledged every contact in the end");
            assertTrue(replies.awaitDone(SETTLE), "the ticket service accepted every reply in the end");
            report.add(String.format("contacts: %d sent, %d acknowledged by the gateway, %d offers repeated",
                    CONTACTS, contacts.acknowledged(), contacts.retries()));
            report.add(String.format("replies: %d sent, %d accepted by the ticket service, %d requests repeated",
                    REPLIES, replies.accepted(), replies.retries()));

            everyContactIsStoredOnce(stores, contacts);
            everyReplyReachedItsChannelOnce(stores, replies.sent());
            theMonitorCountsWhatTheTicketServiceHolds(stores);
            List<String> reasons = poison.deadLetterReasons(2, SETTLE);
            report.add("poison record on " + Topics.CONTACTS_INBOUND + ": dead-lettered by both consumers, " + reasons);
            assertTrue(reasons.stream().allMatch(r -> !r.isBlank()), "each dead letter says why");
            nothingElseWasDeadLettered(poison);
        } finally {
            System.out.println("Fault drill\n  " + String.join("\n  ", report));
        }
    }

    private void faultAt(ContactStream contacts, int acknowledged, String fault, Supplier<Duration> inject) {
        await().atMost(SETTLE).until(() -> contacts.acknowledged() >= acknowledged);
        Duration took = inject.get();
        report.add(String.format("%s at %d acknowledged contacts, back after %.1f s", fault, acknowledged, took.toMillis() / 1000.0));
    }

    private void everyContactIsStoredOnce(Stores stores, ContactStream contacts) throws Exception {
        Set<String> acknowledged = new HashSet<>(contacts.tweets());
        contacts.mails().forEach(id -> acknowledged.add("<" + id + ">"));
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> stores.ticketContactCount() >= acknowledged.size());

        Map<String, Integer> stored = stores.ticketContacts();
        long duplicates = stored.values().stream().filter(n -> n > 1).count();
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored.keySet());
        Set<String> unexpected = new HashSet<>(stored.keySet());
        unexpected.removeAll(acknowledged);
        report.add(String.format("ticket-service: %d contacts stored, %d missing, %d stored twice, %d not acknowledged",
                stored.size(), missing.size(), duplicates, unexpected.size()));
        assertEquals(Set.of(), missing, "acknowledged but not stored");
        assertEquals(0, duplicates, "stored more than once");
        assertEquals(Set.of(), unexpected, "stored but never acknowledged");
    }

    private void everyReplyReachedItsChannelOnce(Stores stores, List<ReplyStream.SentReply> sent) throws Exception {
        assertEquals(REPLIES, sent.size());
        List<ReplyStream.SentReply> byX = sent.stream().filter(r -> r.channel().equals("X")).toList();
        List<ReplyStream.SentReply> byMail = sent.stream().filter(r -> r.channel().equals("EMAIL")).toList();
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() ->
                byX.stream().allMatch(r -> tweetsWith(r.text()) > 0) && byMail.stream().allMatch(r -> !mailsFor(r).isEmpty()));

        long tweetedTwice = byX.stream().filter(r -> tweetsWith(r.text()) > 1).count();
        long mailedAsTwoMessages = byMail.stream().filter(r -> distinctMessageIds(mailsFor(r)) > 1).count();
        long mailRetransmissions = byMail.stream().mapToLong(r -> mailsFor(r).size() - 1L).sum();
        report.add(String.format("X: %d replies tweeted, %d tweeted twice, %d repeats refused by X as duplicate content",
                byX.size(), tweetedTwice, system.xApi().refusedDuplicates()));
        report.add(String.format("mail: %d replies delivered, %d as two different messages, %d retransmissions of the same Message-ID",
                byMail.size(), mailedAsTwoMessages, mailRetransmissions));
        assertEquals(0, tweetedTwice, "replies tweeted more than once");
        assertEquals(0, mailedAsTwoMessages, "replies mailed as more than one message");

        assertEquals(REPLIES, stores.ticketReplyCount(), "replies stored once each despite repeated requests");
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> stores.ticketRepliesReportedSent() == REPLIES);
        report.add(String.format("ticket-service: %d replies stored, %d reported SENT by the gateway",
                stores.ticketReplyCount(), stores.ticketRepliesReportedSent()));
    }

    private void theMonitorCountsWhatTheTicketServiceHolds(Stores stores) throws Exception {
        long contacts = stores.ticketContactCount();
        long replies = stores.ticketReplyCount();
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> stores.monitorContactCount() == contacts && stores.monitorReplyCount() == replies);
        report.add(String.format("consistency-monitor: %d contacts and %d replies, equal to the ticket service's",
                stores.monitorContactCount(), stores.monitorReplyCount()));
    }

    /** A record that failed only because its service was stopping or down is not at fault: it must not be dead-lettered. */
    private void nothingElseWasDeadLettered(PoisonRecord poison) {
        DeadLetterTopics deadLetters = new DeadLetterTopics(system.kafkaBootstrapServers());
        for (String topic : List.of(Topics.CONTACTS_INBOUND, Topics.TICKET_EVENTS, Topics.REPLY_DELIVERIES)) {
            List<String> others = deadLetters.keys(topic + ".dlq").stream().filter(key -> !poison.key().equals(key)).toList();
            report.add(String.format("%s.dlq: %d records besides the poison record", topic, others.size()));
            assertEquals(List.of(), others, "dead-lettered from " + topic + " though not at fault");
        }
    }

    private long tweetsWith(String text) {
        return system.xApi().postedTweets().stream().filter(body -> body.contains(text)).count();
    }

    /** A reply by mail carries its ticket's tag in the subject. */
    private List<SmtpSink.Delivery> mailsFor(ReplyStream.SentReply reply) {
        String tag = "[OV-" + reply.ticketId() + "]";
        return system.mailServer().deliveries().stream().filter(d -> d.raw().contains(tag)).toList();
    }

    private static long distinctMessageIds(List<SmtpSink.Delivery> deliveries) {
        return deliveries.stream().map(SmtpSink.Delivery::messageId).collect(Collectors.toSet()).size();
    }
}
