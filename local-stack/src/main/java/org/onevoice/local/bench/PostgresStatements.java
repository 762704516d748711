package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.onevoice.local.infra.PostgresServer;

/**
 * Where PostgreSQL's share of a contact's cost goes: its statements as pg_stat_statements counted
 * them, per database and per statement, from {@link #reset()} on. The process CPU figures say how
 * much PostgreSQL spent; these say on what, and how many round trips a contact costs each service.
 * Execution time only (parsing, planning and the protocol are not in it); the bench's own queries run as
 * {@link BenchRole} and are left out.
 */
final class PostgresStatements {
    /** The view lives in the database the extension is created in; this one belongs to no service. */
    private static final String VIEW_DATABASE = "postgres";
    private static final String OF_THE_SERVICES = " FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid"
            + " WHERE d.datname <> '" + VIEW_DATABASE + "'"
            + " AND s.userid IS DISTINCT FROM (SELECT oid FROM pg_roles WHERE rolname = '" + BenchRole.NAME + "')";

    private final String jdbcUrl;

    PostgresStatements(PostgresServer server) {
        this.jdbcUrl = server.jdbcUrl(VIEW_DATABASE);
    }

    /** Forgets every statement counted so far: what is reported afterwards is the work from now on. */
    void reset() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Per database and the {@code top} statements by execution time, each also per accepted contact. */
    BenchReport.PostgresWork report(long contacts, int top) throws SQLException {
        try (Connection c = connect()) {
            return new BenchReport.PostgresWork(databases(c, contacts), statements(c, contacts, top));
        }
    }

    private static List<BenchReport.DatabaseWork> databases(Connection c, long contacts) throws SQLException {
        List<BenchReport.DatabaseWork> databases = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT d.datname, sum(s.calls), sum(s.total_exec_time)" + OF_THE_SERVICES
                + " GROUP BY d.datname ORDER BY 3 DESC");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long calls = rs.getLong(2);
                double millis = rs.getDouble(3);
                databases.add(new BenchReport.DatabaseWork(rs.getString(1), calls, per(calls, contacts), round(millis),
                        per(millis, contacts)));
            }
        }
        return databases;
    }

    private static List<BenchReport.StatementWork> statements(Connection c, long contacts, int top) throws SQLException {
        List<BenchReport.StatementWork> statements = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT d.datname, s.calls, s.total_exec_time, s.rows, s.query"
                + OF_THE_SERVICES + " ORDER BY s.total_exec_time DESC LIMIT ?")) {
            query.setInt(1, top);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long calls = rs.getLong(2);
                    double millis = rs.getDouble(3);
                    statements.add(new BenchReport.StatementWork(rs.getString(1), calls, per(calls, contacts),
                            per(millis, contacts), per(millis, calls), rs.getLong(4),
                            rs.getString(5).replaceAll("\\s+", " ").strip()));
                }
            }
        }
        return statements;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** {@code value / count} to four decimals, 0 for none: a contact's share, a statement's mean. */
    private static double per(double value, long count) {
        return count == 0 ? 0 : Math.round(value / count * 10_000) / 10_000.0;
    }

    private static double round(double value) {
        return LoadAnalysis.round(value);
    }
}
