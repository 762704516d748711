package org.onevoice.monitor.contact;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Queries with array parameters on the transaction's own connection: a whole batch's keys go to
 * PostgreSQL as one parameter each, and Hibernate has nothing to flush first.
 */
final class Jdbc {
    interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Rows {
        void read(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    static void query(EntityManager em, String sql, Parameters parameters, Rows rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rows.read(row);
                    }
                }
            }
        });
    }
}
