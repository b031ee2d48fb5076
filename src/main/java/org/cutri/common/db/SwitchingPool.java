package org.cutri.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.cutri.common.UserException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The connections of the open database, through a pool that can be replaced while the program runs: to encrypt
 * or decrypt the file, the database is closed, converted and opened again under the same {@link org.jdbi.v3.core.Jdbi},
 * so every service keeps working. While it is closed, asking for a connection waits.
 */
final class SwitchingPool implements ConnectionFactory {

    /** How long a switch waits for connections in use to come back before it gives up. */
    private static final Duration RETURN_WAIT = Duration.ofSeconds(30);

    private final Object lock = new Object();
    private JdbcConnectionPool pool;
    private int handing;

    SwitchingPool(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection openConnection() throws SQLException {
        JdbcConnectionPool current;
        synchronized (lock) {
            while (pool == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while the database was being converted", e);
                }
            }
            current = pool;
            handing++;
        }
        try {
            return current.getConnection();
        } finally {
            synchronized (lock) {
                handing--;
                lock.notifyAll();
            }
        }
    }

    /**
     * Closes the pool once every connection has come back, runs {@code work} on the closed database, and opens
     * the pool it returns (or, when it fails, {@code reopen}'s); meanwhile connections wait.
     *
     * @throws UserException {@code db.protect.busy} when connections stay in use
     */
    void switchPool(Callable<JdbcConnectionPool> work, Callable<JdbcConnectionPool> reopen)
            throws Exception {
        JdbcConnectionPool old;
        synchronized (lock) {
            old = pool;
            pool = null;
            while (handing > 0) {
                lock.wait();
            }
        }
        long deadline = System.nanoTime() + RETURN_WAIT.toNanos();
        while (old.getActiveConnections() > 0) {
            if (System.nanoTime() > deadline) {
                restore(old);
                throw new UserException("db.protect.busy");
            }
            Thread.sleep(20);
        }
        old.dispose();
        JdbcConnectionPool next = null;
        try {
            next = work.call();
        } finally {
            if (next == null) {
                next = reopen.call();
            }
            restore(next);
        }
    }

    private void restore(JdbcConnectionPool next) {
        synchronized (lock) {
            pool = next;
            lock.notifyAll();
        }
    }

    /** Closes the pool for good. */
    void dispose() {
        synchronized (lock) {
            if (pool != null) {
                pool.dispose();
            }
        }
    }
}
