package org.onevoice.local.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.events.v1.Topics;

class LocalInfrastructureTest {

    @TempDir
    Path dataDir;

    @Test
    void eventsAndRowsSurviveARestartOnTheSameDataDirectory() throws Exception {
        int kafkaPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        int postgresPort = FreePorts.next();

        try (LocalInfrastructure infra = new LocalInfrastructure(dataDir, kafkaPort, controllerPort, postgresPort).start()) {
            produce(infra.kafka().bootstrapServers(), "before restart");
            sql(infra.postgres().jdbcUrl("tickets"), "CREATE TABLE t (v text); INSERT INTO t VALUES ('kept')");
        }

        try (LocalInfrastructure infra = new LocalInfrastructure(dataDir, kafkaPort, controllerPort, postgresPort).start()) {
            assertEquals(List.of("before restart"), consumeAll(infra.kafka().bootstrapServers(), 1));
            try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl("tickets"), PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT v FROM t")) {
                assertTrue(rs.next());
                assertEquals("kept", rs.getString(1));
            }
            for (String db : LocalInfrastructure.DATABASES) {
                sql(infra.postgres().jdbcUrl(db), "SELECT 1");
            }
        }
    }

    private static void produce(String bootstrap, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONTACTS_INBOUND, "k", value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, int expected) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.CONTACTS_INBOUND));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }

    private static void sql(String url, String statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
