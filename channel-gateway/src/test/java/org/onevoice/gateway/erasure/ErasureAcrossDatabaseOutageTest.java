package org.onevoice.gateway.erasure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.callcentre.CallCentreCalls;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.local.infra.PostgresServer;
import org.onevoice.local.test.PersonalDataScan;
import org.onevoice.local.test.SharedInfrastructure;
import org.onevoice.support.db.UntilPastOutages;

/**
 * An erasure that arrives while the gateway's database is away is not the record's fault: it
 * must not end in the dead-letter topic, waiting for an operator, but be applied once the
 * database is back.
 */
@QuarkusTest
class ErasureAcrossDatabaseOutageTest {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    AgroalDataSource dataSource;

    /** What gets the gateway past the outage at once: service-support's {@code PoolDefaults}. */
    @Test
    void thePoolChecksAConnectionIdleForMoreThanASecondAsItHandsItOut() {
        assertEquals(Duration.ofSeconds(1),
                dataSource.getConfiguration().connectionPoolConfiguration().idleValidationTimeout());
    }

    @Test
    void anErasureThatArrivesWhilePostgresIsDownIsAppliedWhenItIsBack() {
        CallCentreCalls.Caller caller = CallCentreCalls.uniqueMobile();
        CallCentreCalls.postSigned(CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", Instant.now(), caller.asSent(),
                "\"queue\":\"billing\"")).statusCode(200);
        PersonalDataScan scan = PersonalDataScan.of(jdbcUrl);
        assertEquals(List.of("call_state.caller: " + caller.e164()), scan.find(List.of(caller.e164())));
        CustomerErased erasure = new CustomerErased(UUID.randomUUID().toString(), 41, List.of(41L),
                List.of(new ErasedIdentity(IdentityKind.PHONE, caller.e164())), List.of(), Instant.now());

        PostgresServer postgres = SharedInfrastructure.get().postgres();
        try (RetryLog retries = RetryLog.watch()) {
            postgres.close();
            try {
                KafkaTopics.publish(Topics.CUSTOMER_EVENTS, erasure.partitionKey(), erasure);
                await().atMost(Duration.ofSeconds(30)).until(() -> retries.mentions("trying the customer erasure again"));
            } finally {
                postgres.start();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> scan.find(List.of(caller.e164())).isEmpty());
    }

    /** The warnings {@link UntilPastOutages} logs while it waits for the database. */
    private static final class RetryLog extends Handler implements AutoCloseable {
        private static final Logger LOGGER = Logger.getLogger(UntilPastOutages.class.getName());
        private final Queue<String> messages = new ConcurrentLinkedQueue<>();

        static RetryLog watch() {
            RetryLog log = new RetryLog();
            LOGGER.addHandler(log);
            return log;
        }

        boolean mentions(String text) {
            return messages.stream().anyMatch(message -> message.contains(text));
        }

        @Override
        public void publish(LogRecord record) {
            messages.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            LOGGER.removeHandler(this);
        }
    }
}
