package org.onevoice.gateway.erasure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.callcentre.CallCentreCalls;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.local.test.PersonalDataScan;

/**
 * A person called and got a reply by mail the mail server refused, quoting their address; after
 * their erasure no column of the gateway's database holds their number, address or words.
 */
@QuarkusTest
class GatewayErasureTest {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 10 + 7);

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void anErasureRemovesCallerQuestionAndQuotedAddressOnceAndBadRecordsGoToTheDeadLetterTopic() throws SQLException {
        String word = "zwaluwstaart" + IDS.incrementAndGet();
        CallCentreCalls.Caller caller = CallCentreCalls.uniqueMobile();
        CallCentreCalls.postSigned(CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", Instant.now(), caller.asSent(),
                "\"queue\":\"billing\",\"question\":\"Where is my card " + word + "?\"")).statusCode(200);
        String address = "refused-erika" + IDS.incrementAndGet() + "@example.org";
        long ticket = IDS.incrementAndGet();
        AgentReplied reply = new AgentReplied("e-" + IDS.incrementAndGet(), ticket, 7, Channel.EMAIL, Instant.now(), IDS.incrementAndGet(),
                Channel.EMAIL, AgentReplied.Origin.ONEVOICE, "Dorit", "Your card " + word + " ships today",
                new CustomerIdentity(IdentityKind.EMAIL, address, null, "Erika"), null, "Re: card");
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);
        assertEquals(DeliveryReport.State.FAILED, reportAbout(ticket).state());
        List<String> needles = List.of(caller.e164(), address, word);
        PersonalDataScan scan = PersonalDataScan.of(jdbcUrl);
        assertEquals(List.of("call_state.caller: " + caller.e164(), "call_state.question: " + word, "delivery.reason: " + address),
                scan.find(needles).stream().sorted().toList(), "before the erasure the scan finds the person");

        long customer = IDS.incrementAndGet();
        CustomerErased erasure = new CustomerErased(UUID.randomUUID().toString(), customer, List.of(customer),
                List.of(new ErasedIdentity(IdentityKind.PHONE, caller.e164()), new ErasedIdentity(IdentityKind.EMAIL, address)),
                List.of(ticket), Instant.now());
        KafkaTopics.publish(Topics.CUSTOMER_EVENTS, erasure.partitionKey(), erasure);

        await().atMost(Duration.ofSeconds(30)).until(() -> scan.find(needles).isEmpty());
        assertEquals("FAILED", single("SELECT state FROM delivery WHERE reply_id = ?", reply.replyId()),
                "the outcome stays, so a redelivered reply is not sent again");

        KafkaTopics.publish(Topics.CUSTOMER_EVENTS, erasure.partitionKey(), erasure);
        KafkaTopics.publishRaw(Topics.CUSTOMER_EVENTS, erasure.partitionKey(), "{\"eventType\":\"CustomerErased\",\"identities\":\"all\"}");
        List<ConsumerRecord<String, String>> dead = KafkaTopics.readKeyUntil(Topics.CUSTOMER_EVENTS + ".dlq", erasure.partitionKey(), r -> true);
        assertTrue(KafkaTopics.header(dead.get(0), "dead-letter-reason").contains("CustomerErased"), KafkaTopics.header(dead.get(0), "dead-letter-reason"));
        assertEquals(1L, ((Number) single("SELECT count(*) FROM processed_event WHERE event_id = ?", erasure.eventId())).longValue(),
                "the duplicate before the bad record (same partition) was recognised");
    }

    private static DeliveryReport reportAbout(long ticket) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.REPLY_DELIVERIES, Long.toString(ticket), r -> true);
        try (var deserializer = new DeliveryReportDeserializer()) {
            return deserializer.deserialize(Topics.REPLY_DELIVERIES, records.get(0).value().getBytes(StandardCharsets.UTF_8));
        }
    }

    private Object single(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }
}
