package org.onevoice.local.bench;

import java.sql.SQLException;
import java.util.List;

/** The newest ticket ids, refreshed in the background, for the agent replies to go to. */
final class RecentTickets {
    private final String jdbcUrl;
    private volatile List<Long> ids = List.of();

    RecentTickets(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    void refresh() {
        try {
            ids = StoredRows.recentTicketIds(jdbcUrl);
        } catch (SQLException e) {
            System.err.println("  newest tickets not read: " + e.getMessage());
        }
    }

    List<Long> ids() {
        return ids;
    }
}
