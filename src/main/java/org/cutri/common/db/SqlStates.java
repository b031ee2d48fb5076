package org.cutri.common.db;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * What a database refusal means, told by its SQL state (the same on H2 and PostgreSQL), never by an error code of
 * one database or a message text.
 */
public final class SqlStates {

    /** A row with the same unique key was written meanwhile (another person's work, committed first). */
    public static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL could not serialize two transactions, or found them waiting on each other: try again. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** How often work that lost such a race is tried again before its refusal is passed on. */
    private static final int ATTEMPTS = 3;

    private SqlStates() {
    }

    /** The SQL state of the first SQL exception among the causes, or "". */
    public static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /**
     * True when the work gave up waiting for a row another person held locked (H2's lock time-out HYT00, PostgreSQL's
     * 55P03 with a lock_timeout set), or lost a deadlock: worth trying again.
     */
    public static boolean waitedTooLong(Throwable error) {
        String state = of(error);
        return "HYT00".equals(state) || "55P03".equals(state) || DEADLOCK.equals(state)
                || SERIALIZATION_FAILURE.equals(state);
    }

    /** True when the work lost a race with another person's (a unique key taken, a deadlock): worth trying again. */
    public static boolean lostARace(Throwable error) {
        String state = of(error);
        return UNIQUE_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state);
    }

    /**
     * Runs a transaction's work, and again when it lost a race with another person's (its transaction was rolled
     * back): the next try sees what the other person committed, so work that must happen once (a package taken in)
     * happens once, and the second person is told it already was.
     */
    public static <T> T retryingRaces(Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }
}
