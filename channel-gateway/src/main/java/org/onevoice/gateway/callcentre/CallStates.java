package org.onevoice.gateway.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.onevoice.gateway.db.Sql;

/**
 * Per-call memory in the gateway's database. The first value learnt for a field wins, so a
 * redelivered or late event cannot change a call's caller or queue time after the fact.
 */
@ApplicationScoped
public class CallStates {
    private static final String MERGE = """
            INSERT INTO call_state (call_id, caller, queue, question, queued_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (call_id) DO UPDATE SET
                caller     = COALESCE(call_state.caller, EXCLUDED.caller),
                queue      = COALESCE(call_state.queue, EXCLUDED.queue),
                question   = COALESCE(call_state.question, EXCLUDED.question),
                queued_at  = COALESCE(call_state.queued_at, EXCLUDED.queued_at),
                updated_at = now()
            RETURNING caller, queue, question, queued_at""";

    private final Sql sql;

    CallStates(Sql sql) {
        this.sql = sql;
    }

    /** Adds what this event tells about its call and returns everything known about the call. */
    public CallState merge(CallEvent event) {
        return sql.query(MERGE,
                statement -> {
                    statement.setString(1, event.callId());
                    statement.setString(2, event.caller());
                    statement.setString(3, event.queue());
                    statement.setString(4, event.question());
                    statement.setObject(5, event.queuedAt() == null ? null : event.queuedAt().atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                },
                row -> {
                    row.next();
                    OffsetDateTime queuedAt = row.getObject(4, OffsetDateTime.class);
                    return new CallState(event.callId(), row.getString(1), row.getString(2), row.getString(3),
                            queuedAt == null ? null : queuedAt.toInstant());
                });
    }
}
