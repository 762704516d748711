package org.onevoice.monitor.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from native queries, unambiguous whatever the JVM's or the session's time zone. */
public final class SqlTime {
    private SqlTime() {
    }

    public static OffsetDateTime param(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The JDBC driver's type for timestamptz in native queries differs between versions. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    public static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
