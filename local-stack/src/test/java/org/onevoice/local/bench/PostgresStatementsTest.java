package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.PostgresServer;

/** The bench's account of PostgreSQL's statements, against a real server with pg_stat_statements loaded. */
class PostgresStatementsTest {
    @TempDir
    Path dataDir;

    @Test
    void countsEachDatabasesStatementsSinceTheResetPerContactButNotTheBenchsOwn() throws Exception {
        try (PostgresServer server = new PostgresServer(dataDir, FreePorts.next()).collectStatementStatistics().start()) {
            server.createDatabase("tickets");
            server.createDatabase("monitor");
            BenchRole.create(server);
            try (Connection tickets = connect(server, "tickets"); Connection monitor = connect(server, "monitor");
                 Connection bench = BenchRole.connect(server.jdbcUrl("tickets"))) {
                execute(tickets, "CREATE TABLE message (id int)", 1);
                PostgresStatements statements = new PostgresStatements(server);
                statements.reset();

                execute(tickets, "INSERT INTO message VALUES (?)", 10);
                execute(monitor, "SELECT ?", 4);
                execute(bench, "SELECT count(*) FROM message WHERE id > ?", 3);
                BenchReport.PostgresWork work = statements.report(5, 10);

                Map<String, BenchReport.DatabaseWork> byDatabase = work.databases().stream()
                        .collect(Collectors.toMap(BenchReport.DatabaseWork::database, db -> db));
                assertEquals(Map.of("tickets", 10L, "monitor", 4L), Map.of("tickets", byDatabase.get("tickets").calls(),
                        "monitor", byDatabase.get("monitor").calls()), "only the services' statements after the reset: " + work);
                assertEquals(2.0, byDatabase.get("tickets").callsPerContact());
                BenchReport.StatementWork insert = work.topStatements().get(0);
                assertEquals("INSERT INTO message VALUES ($1)", insert.query(), "the statement that took the most time first");
                assertEquals("tickets", insert.database());
                assertEquals(10, insert.calls());
                assertEquals(10, insert.rows());
                assertEquals(2.0, insert.callsPerContact());
                assertTrue(insert.meanMillis() > 0 && insert.execMillisPerContact() > 0, insert.toString());
            }
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Runs {@code sql} {@code times} times; its parameter, if it has one, is the run's number. */
    private static void execute(Connection c, String sql, int times) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < times; i++) {
                if (sql.contains("?")) {
                    s.setInt(1, i);
                }
                s.execute();
            }
        }
    }
}
