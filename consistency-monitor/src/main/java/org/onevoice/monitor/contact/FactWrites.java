package org.onevoice.monitor.contact;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The fact rows of one batch, gathered while its events are read and written at its end in one
 * JDBC batch per statement rather than a round trip per row. Statements run in the order each was
 * first used, so an answer's row precedes the references that point to it.
 */
public final class FactWrites {
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    void add(String sql, Object... values) {
        rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
    }

    void writeTo(EntityManager em) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
                try (PreparedStatement insert = connection.prepareStatement(statement.getKey())) {
                    for (Object[] values : statement.getValue()) {
                        for (int i = 0; i < values.length; i++) {
                            insert.setObject(i + 1, values[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
        rows.clear();
    }
}
