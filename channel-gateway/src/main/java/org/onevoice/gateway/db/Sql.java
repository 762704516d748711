package org.onevoice.gateway.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Plain JDBC on the gateway's database, one statement per call in auto-commit. The gateway's tables
 * are small per-key records written by single upserts, where SQL says exactly what happens on a
 * conflict; an ORM would only hide that.
 */
@ApplicationScoped
public class Sql {
    @FunctionalInterface
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs a statement that returns rows (SELECT, or INSERT … RETURNING). */
    public <T> T query(String sql, Parameters parameters, Rows<T> rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                return rows.read(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database statement failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a failure means the database could not be reached (connection refused or lost, server
     * shutting down) rather than that the statement was wrong: worth waiting for, not worth giving up on.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** Runs a statement without result rows and returns the number of rows it changed. */
    public int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("database statement failed: " + e.getMessage(), e);
        }
    }
}
