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
        return arrivals(new HashMap<>()).size();
    }

    /** Replies the ticket service no longer holds as pending: the gateway reported them sent or failed. */
    long decided() throws SQLException {
        return deliveryStates().entrySet().stream().filter(e -> !e.getKey().equals("PENDING"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    BenchReport.ReplyDelivery report(Map<Long, Long> acceptedSentNanos) throws SQLException {
        Map<String, Long> byChannel = new TreeMap<>();
        Map<Long, List<Long>> arrivals = arrivals(byChannel);
        long delivered = 0;
        long twice = 0;
        List<Double> millis = new ArrayList<>();
        for (Map.Entry<Long, Long> accepted : acceptedSentNanos.entrySet()) {
            List<Long> at = arrivals.get(accepted.getKey());
            if (at == null) {
                continue;
            }
            delivered++;
            twice += at.size() > 1 ? 1 : 0;
            long first = at.stream().mapToLong(Long::longValue).min().orElseThrow();
            millis.add((first - accepted.getValue()) / 1e6);
        }
        return new BenchReport.ReplyDelivery(delivered, byChannel, acceptedSentNanos.size() - delivered, twice,
                sinks.x().refusedDuplicates(), deliveryStates(),
                LatencySummary.of(millis.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Arrival times by reply number; counts each arrival per channel into {@code byChannel}. */
    private Map<Long, List<Long>> arrivals(Map<String, Long> byChannel) {
        Map<Long, List<Long>> arrivals = new HashMap<>();
        for (XApiSink.Tweet tweet : sinks.x().tweets()) {
            arrived(arrivals, byChannel, X, tweet.text(), tweet.receivedNanos());
        }
        for (SmtpSink.Delivery mail : sinks.mail().deliveries()) {
            arrived(arrivals, byChannel, EMAIL, mail.raw(), mail.receivedNanos());
        }
        return arrivals;
    }

    private static void arrived(Map<Long, List<Long>> arrivals, Map<String, Long> byChannel, String channel, String text,
                                long nanos) {
        long number = ReplyLoad.numberIn(text);
        if (number >= 0) {
            arrivals.computeIfAbsent(number, n -> new ArrayList<>(1)).add(nanos);
            byChannel.merge(channel, 1L, Long::sum);
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
