package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.KafkaBroker;

/** The bench's account of the broker's work, against a real broker in this JVM. */
class KafkaRequestsTest {
    @TempDir
    Path dataDir;

    @Test
    void countsTheRequestsAndRecordsSinceTheResetPerContact() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            broker.createTopics(List.of("bench-test"), 1);
            KafkaRequests requests = new KafkaRequests();
            try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("bench-test", "k", "before the reset")).get();
                requests.reset();
                // one request each: every send waits for its acknowledgement before the next goes out
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>("bench-test", "k", "record " + i)).get();
                }
            }
            BenchReport.KafkaWork work = requests.report(5);

            Map<String, Long> byRequest = work.requests().stream()
                    .collect(Collectors.toMap(BenchReport.KafkaRequestWork::request, BenchReport.KafkaRequestWork::count));
            assertEquals(10L, byRequest.get("Produce"), "only the produce requests after the reset: " + work);
            assertEquals(2.0, work.requests().stream().filter(r -> r.request().equals("Produce")).findFirst().orElseThrow().perContact());
            assertEquals(2.0, work.recordsInPerContact(), "ten records for five contacts");
            assertTrue(work.bytesInPerContact() > "record 0".length() * 2, work.toString());
        }
    }
}
