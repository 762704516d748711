package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onevoice.events.serde.TicketEventDeserializer;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.sinks.ReplySinks;
import org.onevoice.local.smtp.SmtpSink;
import org.onevoice.local.x.XApiSink;

/**
 * Where the bench's agent replies ended up: what reached the customers' X API and mail server,
 * matched by the number in each reply's text, and the delivery state the ticket service holds for
 * them once the gateway has reported back.
 */
final class ReplyDeliveries {
    private static final String X = "X";
    private static final String EMAIL = "EMAIL";

    private final ReplySinks sinks;
    private final String ticketsJdbcUrl;
    private final String gatewayJdbcUrl;
    private final String kafkaBootstrap;
    // Replies are timed with System.nanoTime, the gateway's attempts by its database clock: one anchor relates them.
    private final long anchorNanos = System.nanoTime();
    private final long anchorEpochMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());

    ReplyDeliveries(ReplySinks sinks, String ticketsJdbcUrl, String gatewayJdbcUrl, String kafkaBootstrap) {
        this.sinks = sinks;
        this.ticketsJdbcUrl = ticketsJdbcUrl;
        this.gatewayJdbcUrl = gatewayJdbcUrl;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** Replies that reached a customer at least once. */
    long delivered() {
        return arrivals().size();
    }

    /** Replies the ticket service no longer holds as pending: the gateway reported them sent or failed. */
    long decided() throws SQLException {
        return deliveryStates().entrySet().stream().filter(e -> !e.getKey().equals("PENDING"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    BenchReport.ReplyDelivery report(Map<Long, Long> acceptedSentNanos) throws SQLException {
        Map<Long, List<Arrival>> arrivals = arrivals();
        Map<Long, Long> numbers = numbersById();
        Map<Long, Long> onKafka = onKafkaMicros(numbers);
        Map<Long, Long> firstAttempts = firstAttemptMicros(numbers);
        Map<String, Long> byChannel = new TreeMap<>();
        arrivals.values().forEach(at -> at.forEach(arrival -> byChannel.merge(arrival.channel(), 1L, Long::sum)));
        long delivered = 0;
        long twice = 0;
        List<Double> total = new ArrayList<>();
        List<Double> toKafka = new ArrayList<>();
        List<Double> kafkaToAttempt = new ArrayList<>();
        List<Double> attemptToArrival = new ArrayList<>();
        for (Map.Entry<Long, Long> accepted : acceptedSentNanos.entrySet()) {
            List<Arrival> at = arrivals.get(accepted.getKey());
            if (at == null) {
                continue;
            }
            delivered++;
            twice += at.size() > 1 ? 1 : 0;
            long first = at.stream().mapToLong(Arrival::nanos).min().orElseThrow();
            total.add((first - accepted.getValue()) / 1e6);
            Long published = onKafka.get(accepted.getKey());
            Long attempt = firstAttempts.get(accepted.getKey());
            if (published != null && attempt != null) {
                toKafka.add((published - epochMicros(accepted.getValue())) / 1e3);
                kafkaToAttempt.add((attempt - published) / 1e3);
                attemptToArrival.add((epochMicros(first) - attempt) / 1e3);
            }
        }
        return new BenchReport.ReplyDelivery(delivered, byChannel, acceptedSentNanos.size() - delivered, twice,
                sinks.x().refusedDuplicates(), deliveryStates(), summary(total),
                new BenchReport.ReplyStages(summary(toKafka), summary(kafkaToAttempt), summary(attemptToArrival)));
    }

    private static LatencySummary summary(List<Double> millis) {
        return LatencySummary.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private long epochMicros(long nanos) {
        return anchorEpochMicros + (nanos - anchorNanos) / 1_000;
    }

    /** The bench's reply number of each agent reply the ticket service stored, by message id. */
    private Map<Long, Long> numbersById() throws SQLException {
        Map<Long, Long> numberById = new HashMap<>();
        eachRow(ticketsJdbcUrl, "SELECT id, body FROM message WHERE direction = 'OUTBOUND' AND origin = 'ONEVOICE'", row -> {
            long number = ReplyLoad.numberIn(row.getString(2));
            if (number >= 0) {
                numberById.put(row.getLong(1), number);
            }
        });
        return numberById;
    }

    /**
     * When the outbox relay handed each bench reply's {@code AgentReplied} to Kafka (the record's
     * producer timestamp, in epoch microseconds), by reply number.
     */
    private Map<Long, Long> onKafkaMicros(Map<Long, Long> numbers) {
        Map<Long, Long> published = new HashMap<>();
        TicketEventDeserializer events = new TicketEventDeserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TICKET_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (events.deserialize(record.topic(), record.value()) instanceof AgentReplied reply
                            && numbers.containsKey(reply.replyId())) {
                        published.putIfAbsent(numbers.get(reply.replyId()), record.timestamp() * 1_000);
                    }
                }
            }
        }
        return published;
    }

    /**
     * When the gateway began delivering each bench reply (its {@code delivery_attempt} row, written
     * before the channel is called), in epoch microseconds, by reply number.
     */
    private Map<Long, Long> firstAttemptMicros(Map<Long, Long> numbers) throws SQLException {
        Map<Long, Long> attempts = new HashMap<>();
        eachRow(gatewayJdbcUrl, "SELECT reply_id, first_attempt_at FROM delivery_attempt", row -> {
            Long number = numbers.get(row.getLong(1));
            if (number != null) {
                attempts.put(number, ChronoUnit.MICROS.between(Instant.EPOCH, row.getObject(2, OffsetDateTime.class).toInstant()));
            }
        });
        return attempts;
    }

    /** Where and when (System.nanoTime) a bench reply arrived. */
    private record Arrival(String channel, long nanos) {
    }

    /** The arrivals of every bench reply, by reply number. */
    private Map<Long, List<Arrival>> arrivals() {
        Map<Long, List<Arrival>> arrivals = new HashMap<>();
        for (XApiSink.Tweet tweet : sinks.x().tweets()) {
            arrived(arrivals, tweet.text(), new Arrival(X, tweet.receivedNanos()));
        }
        for (SmtpSink.Delivery mail : sinks.mail().deliveries()) {
            arrived(arrivals, mail.raw(), new Arrival(EMAIL, mail.receivedNanos()));
        }
        return arrivals;
    }

    private static void arrived(Map<Long, List<Arrival>> arrivals, String text, Arrival arrival) {
        long number = ReplyLoad.numberIn(text);
        if (number >= 0) {
            arrivals.computeIfAbsent(number, n -> new ArrayList<>(1)).add(arrival);
        }
    }

    private Map<String, Long> deliveryStates() throws SQLException {
        Map<String, Long> states = new TreeMap<>();
        // The measured replies only: the warm-up's are not awaited or counted.
        eachRow(ticketsJdbcUrl, "SELECT coalesce(delivery_state, 'none'), count(*) FROM message"
                + " WHERE direction = 'OUTBOUND' AND origin = 'ONEVOICE' AND body LIKE '%(" + ReplyLoad.MEASURED + " %' GROUP BY 1",
                row -> states.put(row.getString(1), row.getLong(2)));
        return states;
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void eachRow(String jdbcUrl, String sql, Row reader) throws SQLException {
        try (Connection c = BenchRole.connect(jdbcUrl);
             PreparedStatement query = c.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
