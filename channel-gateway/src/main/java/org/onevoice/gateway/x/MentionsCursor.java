package org.onevoice.gateway.x;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.onevoice.gateway.db.Sql;

/** Where the mentions poller left off, in the gateway's database so a restart does not start over. */
@ApplicationScoped
public class MentionsCursor {
    private final Sql sql;

    MentionsCursor(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> sinceId(String userId) {
        return sql.query("SELECT since_id FROM x_mentions_cursor WHERE user_id = ?",
                statement -> statement.setString(1, userId),
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    }

    /** Moves the cursor forward only: two gateway instances polling at once cannot move it back. */
    public void advance(String userId, String sinceId) {
        sql.update("""
                        INSERT INTO x_mentions_cursor (user_id, since_id) VALUES (?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET since_id = EXCLUDED.since_id, updated_at = now()
                        WHERE CAST(x_mentions_cursor.since_id AS numeric) < CAST(EXCLUDED.since_id AS numeric)""",
                statement -> {
                    statement.setString(1, userId);
                    statement.setString(2, sinceId);
                });
    }
}
