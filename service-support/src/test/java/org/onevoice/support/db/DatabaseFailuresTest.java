package org.onevoice.support.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Outages and lost conflicts are told from real failures by SQL state, however deeply wrapped. */
class DatabaseFailuresTest {
    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute statement", cause));
    }

    @Test
    void aRefusedOrLostConnectionOrAServerShuttingDownIsAnOutage() {
        assertTrue(DatabaseFailures.unreachable(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseFailures.unreachable(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseFailures.unreachable(wrapped(new SQLRecoverableException("I/O error"))));
        assertFalse(DatabaseFailures.unreachable(wrapped(new SQLException("duplicate key value", "23505"))));
    }

    @Test
    void aDeadlockOrSerialisationFailureIsALostConflict() {
        assertTrue(DatabaseFailures.lostToAnotherTransaction(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(DatabaseFailures.lostToAnotherTransaction(wrapped(new SQLException("could not serialize access", "40001"))));
        assertFalse(DatabaseFailures.lostToAnotherTransaction(wrapped(new SQLException("Connection refused", "08001"))));
    }

    @Test
    void workRunsAgainPastOutagesAndLostConflictsButNotPastItsOwnFailure() {
        AtomicInteger runs = new AtomicInteger();
        UntilPastOutages.run("test work", () -> {
            switch (runs.incrementAndGet()) {
                case 1 -> throw wrapped(new SQLException("deadlock detected", "40P01"));
                case 2 -> throw wrapped(new SQLException("Connection refused", "08001"));
                default -> { }
            }
        });
        assertEquals(3, runs.get());

        RuntimeException own = wrapped(new SQLException("value too long", "22001"));
        assertSame(own, assertThrows(RuntimeException.class, () -> UntilPastOutages.run("test work", () -> {
            throw own;
        })));
    }
}
