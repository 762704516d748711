package org.onevoice.local.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.onevoice.local.infra.PostgresServer;

/**
 * Looks for personal data in every text-like column (text, varchar, json, jsonb, tsvector, arrays)
 * of every table of a service's database, found through {@code information_schema}: a table a
 * later migration adds is scanned without changing the tests that prove an erasure complete.
 */
public final class PersonalDataScan {
    private static final String COLUMNS = """
            SELECT c.table_name, c.column_name, c.udt_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
              AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY')
                   OR c.udt_name = 'bytea')
            ORDER BY c.table_name, c.column_name""";

    private final String jdbcUrl;

    private PersonalDataScan(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** @param jdbcUrl the service's {@code quarkus.datasource.jdbc.url} */
    public static PersonalDataScan of(String jdbcUrl) {
        return new PersonalDataScan(jdbcUrl);
    }

    /**
     * Where any of {@code needles} occurs, case-insensitively, as {@code table.column: needle};
     * empty when none does.
     */
    public List<String> find(Collection<String> needles) {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD)) {
            for (String[] column : columns(connection)) {
                for (String needle : needles) {
                    if (contains(connection, column, needle)) {
                        found.add(column[0] + '.' + column[1] + ": " + needle);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** The scanned columns as {@code table.column}, to show a scan covers what it should. */
    public List<String> columns() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD)) {
            return columns(connection).stream().map(c -> c[0] + '.' + c[1]).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> columns(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return columns;
    }

    /** bytea is read with its non-ASCII bytes escaped: raw payloads are bytes of JSON or mail, and may not be valid UTF-8. */
    private static boolean contains(Connection connection, String[] column, String needle) throws SQLException {
        String text = "bytea".equals(column[2]) ? "encode(" + quote(column[1]) + ", 'escape')" : quote(column[1]) + "::text";
        String sql = "SELECT EXISTS (SELECT 1 FROM " + quote(column[0]) + " WHERE position(lower(?) IN lower(" + text + ")) > 0)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, needle);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
