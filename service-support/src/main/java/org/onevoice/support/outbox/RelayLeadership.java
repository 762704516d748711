package org.onevoice.support.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Which instance of a service relays its outbox: the one holding a PostgreSQL session advisory lock
 * on a connection of its own. A session lock, unlike a transaction lock, outlives the short
 * transactions of a relay round, so the relay waits for Kafka with no transaction open while
 * still being the only one sending, which keeps each key's events in order. If the instance
 * or its connection dies, PostgreSQL releases the lock and another instance takes over.
 *
 * <p>The connection is opened directly, not borrowed from the pool: a pooled connection handed
 * back would keep the session, and with it the lock, alive for whoever borrows it next.
 */
public final class RelayLeadership {
    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final String url;
    private final String user;
    private final String password;
    private final long lockKey;
    private Connection connection;
    private boolean locked;

    /** @param lockKey the advisory lock's key, one per service database */
    public RelayLeadership(String url, String user, String password, long lockKey) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.lockKey = lockKey;
    }

    /**
     * True while this instance holds the relay lock, taking it when free. A follower keeps its
     * connection and asks again on it, rather than connecting every round.
     */
    public synchronized boolean held() {
        try {
            if (connection == null || !connection.isValid(2)) {
                release();
                connection = DriverManager.getConnection(url, user, password);
            }
            if (!locked) {
                try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                    tryLock.setLong(1, lockKey);
                    try (ResultSet result = tryLock.executeQuery()) {
                        locked = result.next() && result.getBoolean(1);
                    }
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

    /**
     * Gives the lock up, e.g. when the relay stops. Unlocked explicitly before the connection closes:
     * a closed session frees its locks only once its server process has ended, which another instance
     * asking at once may beat.
     */
    public synchronized void release() {
        if (connection != null) {
            try (Connection session = connection) {
                if (locked) {
                    try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        unlock.setLong(1, lockKey);
                        unlock.execute();
                    }
                }
            } catch (SQLException e) {
                // A session that is gone has freed its locks with it.
                LOG.debugf("giving up the relay lock: %s", e.getMessage());
            }
            connection = null;
        }
        locked = false;
    }
}
