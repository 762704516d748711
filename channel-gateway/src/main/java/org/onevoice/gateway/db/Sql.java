package org.onevoice.gateway.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
