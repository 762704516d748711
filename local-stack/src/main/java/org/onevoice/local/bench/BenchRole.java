package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.onevoice.local.infra.PostgresServer;

/**
 * The database role the bench's own queries run as (its polling of the stores, the matching at the end), so the
 * statements the report attributes to the services are the services' alone. The bench's stack is its own and thrown
 * away, so the role may read everything.
 */
final class BenchRole {
    static final String NAME = "onevoice_bench";
    private static final String PASSWORD = "onevoice_bench";

    private BenchRole() {
    }

    static void create(PostgresServer server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + NAME + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
        }
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, NAME, PASSWORD);
    }
}
