package org.onevoice.local.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.onevoice.local.infra.PostgresServer;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Fills the ticket service's database with many tickets the fast way, COPY in chunks, so the inbox
 * can be measured at the size a busy contact centre reaches. Ids start far above what the
 * service's own sequences hand out, so the tickets of the load that follows never collide with them.
 */
final class TicketSeeder {
    static final long FIRST_ID = 1_000_000_000L;
    private static final int CHUNK = 50_000;
    private static final int TICKETS_PER_CUSTOMER = 4;
    private static final String[] CHANNELS = {"X", "EMAIL", "CALL_CENTRE"};
    private static final String[] STATUSES = {"NEW", "OPEN", "PENDING", "RESOLVED", "CLOSED"};

    private final String jdbcUrl;

    TicketSeeder(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Seeded ticket {@code i} of {@code count}: spread evenly over the year, oldest first, so the inbox order is the id order. */
    static Instant openedAt(long i, long count, Instant now) {
        long yearSeconds = 365L * 24 * 3600;
        return now.minusSeconds(yearSeconds - yearSeconds * i / count);
    }

    /** Inserts {@code count} tickets opened over the year before {@code now}; returns the seconds it took. */
    double seed(long count, Instant now) throws SQLException, IOException {
        long start = System.nanoTime();
        long customers = (count + TICKETS_PER_CUSTOMER - 1) / TICKETS_PER_CUSTOMER;
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD)) {
            CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
            for (long from = 0; from < customers; from += CHUNK) {
                StringBuilder rows = new StringBuilder();
                for (long i = from; i < Math.min(customers, from + CHUNK); i++) {
                    rows.append(FIRST_ID + i).append(",Seeded customer ").append(i).append('\n');
                }
                copy.copyIn("COPY customer (id, display_name) FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
            }
            for (long from = 0; from < count; from += CHUNK) {
                StringBuilder rows = new StringBuilder();
                for (long i = from; i < Math.min(count, from + CHUNK); i++) {
                    Instant opened = openedAt(i, count, now);
                    rows.append(FIRST_ID + i).append(',').append(FIRST_ID + i / TICKETS_PER_CUSTOMER).append(',')
                            .append(CHANNELS[(int) (i % CHANNELS.length)]).append(',').append(STATUSES[(int) (i % STATUSES.length)])
                            .append(",Seeded question ").append(i).append(',').append(opened).append(',').append(opened).append('\n');
                }
                copy.copyIn("COPY ticket (id, customer_id, channel, status, subject, opened_at, last_activity_at)"
                        + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
            }
            // A database that grew to this size over a year has been vacuumed many times: without it,
            // the first reads of freshly copied rows set their hint bits, and index scans visit the
            // heap for every row, which the service would never meet in practice.
            try (var vacuum = c.createStatement()) {
                vacuum.execute("VACUUM (ANALYZE) customer");
                vacuum.execute("VACUUM (ANALYZE) ticket");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
