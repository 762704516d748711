package org.onevoice.ticket.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which instance relays the outbox: the one holding a PostgreSQL session advisory lock on a
 * connection of its own. A session lock, unlike a transaction lock, outlives the short
 * transactions of a relay round, so the relay waits for Kafka with no transaction open while
 * still being the only one sending, which keeps each ticket's events in order. If the instance
 * or its connection dies, PostgreSQL releases the lock and another instance takes over.
 *
 * <p>The connection is opened directly, not borrowed from the pool: a pooled connection handed
 * back would keep the session, and with it the lock, alive for whoever borrows it next.
 */
@ApplicationScoped
public class RelayLeadership {
    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    private static final long RELAY_LOCK = 0x0e_70_0b_0c_5eL;

    private final String url;
    private final String user;
    private final Optional<String> password;
    private Connection connection;
    private boolean locked;

    RelayLeadership(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                    @ConfigProperty(name = "quarkus.datasource.username") String user,
                    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * True while this instance holds the relay lock, taking it when free; called by the relay thread
     * only. A follower keeps its connection and asks again on it, rather than connecting every round.
     */
    synchronized boolean held() {
        try {
            if (connection == null || !connection.isValid(2)) {
                release();
                connection = DriverManager.getConnection(url, user, password.orElse(null));
            }
            if (!locked) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + RELAY_LOCK + ")")) {
                    locked = result.next() && result.getBoolean(1);
                }
                if (locked) {
                    LOG.info("this instance relays the outbox");
                }
            }
            return locked;
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("cannot take the outbox relay lock: " + e.getMessage(), e);
        }
    }

    /** Gives the lock up (closing the session releases it), e.g. when the relay stops. */
    synchronized void release() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing the relay lock's connection: %s", e.getMessage());
            }
            connection = null;
        }
        locked = false;
    }
}
