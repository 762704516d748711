package org.onevoice.monitor.erasure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.test.PersonalDataScan;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/**
 * A person tweets twice (once by DM), mails and calls; agents answer them by name on two channels
 * and contradict each other, which raises an alert quoting both answers. After their erasure no
 * column of any table holds their identities or words, and every figure is what it was.
 */
@QuarkusTest
class MonitorErasureTest {
    private static final Instant T = Instant.parse("2025-09-15T10:00:00Z");

    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void anErasedPersonLeavesNoTraceButEveryFigureStays() {
        String tag = Events.uniqueId();
        String topic = "refunds-" + tag;
        String name = "Erika Vergeet" + tag;
        String word = "zwaluwstaart" + tag;
        CustomerIdentity x = new CustomerIdentity(IdentityKind.X_USER, "9" + tag, "erika_" + tag, name);
        CustomerIdentity email = new CustomerIdentity(IdentityKind.EMAIL, "erika." + tag + "@example.org", null, name);
        CustomerIdentity phone = new CustomerIdentity(IdentityKind.PHONE, "+3161" + tag.substring(tag.length() - 7), null, null);
        ContactReceived tweet = Events.tweet(x, T, topic, "@Acme where is my refund " + word);
        ContactReceived dm = directMessage(x, T.plusSeconds(1800), topic, "Still no refund " + word);
        ContactReceived mail = Events.email(email, T.plusSeconds(60), topic, "My refund " + word + " please");
        ContactReceived call = Events.callQueued(phone, "call-" + tag, T.plusSeconds(120), topic);
        long mailTicket = Events.ticketId();
        Kafka.publish(tweet, Events.brandReply(tweet, T.plusSeconds(600), "@erika_" + tag + " We storten het bedrag binnen 3 werkdagen terug."),
                dm, mail, call, Events.callAbandoned(call, 45));
        Kafka.publish(Events.ticketOpened(mailTicket, mail, topic),
                Events.agentReplied(mailTicket, Channel.EMAIL, T.plus(Duration.ofHours(2)),
                        "Dear " + name + ", the refund will reach you within 10 business days."));
        ContactReceived bystander = Events.tweet(Events.xUser(), T.plusSeconds(30), topic, "@Acme my refund too " + tag + "b");
        Kafka.publish(bystander);
        Alerts.awaitNewest(topic, "OPEN");
        Instant from = T.minusSeconds(60);
        Instant to = T.plus(Duration.ofHours(6));
        Map<String, Object> before = Stats.awaitChannels(from, to, json -> json.getList("channels.contacts").equals(List.of(3, 1, 1))
                && json.getList("channels.repeatContacts").equals(List.of(1, 0, 0))).getMap("$");
        List<String> needles = List.of(name, word, x.value(), x.handle(), email.value(), phone.value());
        PersonalDataScan scan = PersonalDataScan.of(jdbcUrl);
        List<String> found = scan.find(needles);
        assertTrue(found.containsAll(List.of("contact.customer_ref: " + email.value(), "contact.question: " + word,
                "contact.thread_key: " + x.value(), "channel_answer.body: " + x.handle(), "ticket_reply.body: " + name,
                "alert.details: " + name)), "before the erasure the scan finds the person: " + found);

        CustomerErased erasure = new CustomerErased(UUID.randomUUID().toString(), mailTicket, List.of(mailTicket, mailTicket + 1),
                List.of(new ErasedIdentity(IdentityKind.X_USER, x.value()), new ErasedIdentity(IdentityKind.EMAIL, email.value()),
                        new ErasedIdentity(IdentityKind.PHONE, phone.value())),
                List.of(mailTicket), Instant.now());
        Kafka.publish(erasure);
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(erasure.eventId()) == 1);

        assertEquals(List.of(), scan.find(needles), "no column of any table holds the person's data");
        assertFalse(scan.find(List.of(bystander.body())).isEmpty(), "another customer's question is untouched");
        Alerts.awaitEvaluationAfterNow();
        assertEquals(before, Stats.channels(from, to).getMap("$"), "counts, waits and repeats are what they were");

        Kafka.publish(erasure);
        Kafka.publishRaw(Topics.CUSTOMER_EVENTS, erasure.partitionKey(), "{\"eventType\":\"CustomerErased\"}".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> dead = Kafka.awaitRecords(Topics.CUSTOMER_EVENTS + ".dlq",
                r -> erasure.partitionKey().equals(r.key()), 1).get(0);
        assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8).contains("eventId"));
        assertEquals(1, processed(erasure.eventId()), "the duplicate ahead of the bad record (same partition) changed nothing");
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static ContactReceived directMessage(CustomerIdentity from, Instant at, String topic, String text) {
        String id = Events.uniqueId();
        return new ContactReceived(EventIds.forChannelMessage(Channel.X, id, ContactReceived.TYPE), Channel.X, id,
                Threading.thread("dm:" + from.value()), from, at, Instant.now(), "en", null, text, Map.of(Facts.TOPIC, topic));
    }
}
