package org.onevoice.gateway.x;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Where the mentions poller left off, in the gateway's database so a restart does not start over. */
@ApplicationScoped
public class MentionsCursor {
    private final AgroalDataSource dataSource;

    MentionsCursor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> sinceId(String userId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT since_id FROM x_mentions_cursor WHERE user_id = ?")) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the mentions cursor of " + userId, e);
        }
    }

    /** Moves the cursor forward only: two gateway instances polling at once cannot move it back. */
    public void advance(String userId, String sinceId) {
        String sql = """
                INSERT INTO x_mentions_cursor (user_id, since_id) VALUES (?, ?)
                ON CONFLICT (user_id) DO UPDATE SET since_id = EXCLUDED.since_id, updated_at = now()
                WHERE CAST(x_mentions_cursor.since_id AS numeric) < CAST(EXCLUDED.since_id AS numeric)""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, userId);
            upsert.setString(2, sinceId);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the mentions cursor of " + userId, e);
        }
    }
}
