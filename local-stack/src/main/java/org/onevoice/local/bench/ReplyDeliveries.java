package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onevoice.local.infra.PostgresServer;
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

    ReplyDeliveries(ReplySinks sinks, String ticketsJdbcUrl) {
        this.sinks = sinks;
        this.ticketsJdbcUrl = ticketsJdbcUrl;
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
        Map<String, Long> byChannel = new TreeMap<>();
        arrivals.values().forEach(at -> at.forEach(arrival -> byChannel.merge(arrival.channel(), 1L, Long::sum)));
        long delivered = 0;
        long twice = 0;
        List<Double> millis = new ArrayList<>();
        for (Map.Entry<Long, Long> accepted : acceptedSentNanos.entrySet()) {
            List<Arrival> at = arrivals.get(accepted.getKey());
            if (at == null) {
                continue;
            }
            delivered++;
            twice += at.size() > 1 ? 1 : 0;
            long first = at.stream().mapToLong(Arrival::nanos).min().orElseThrow();
            millis.add((first - accepted.getValue()) / 1e6);
        }
        return new BenchReport.ReplyDelivery(delivered, byChannel, acceptedSentNanos.size() - delivered, twice,
                sinks.x().refusedDuplicates(), deliveryStates(),
                LatencySummary.of(millis.stream().mapToDouble(Double::doubleValue).toArray()));
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
        try (Connection c = DriverManager.getConnection(ticketsJdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement query = c.prepareStatement("SELECT coalesce(delivery_state, 'none'), count(*) FROM message"
                     + " WHERE direction = 'OUTBOUND' AND origin = 'ONEVOICE' GROUP BY 1");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
        }
        return states;
    }
}
