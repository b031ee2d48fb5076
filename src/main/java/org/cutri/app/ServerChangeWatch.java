package org.cutri.app;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.cutri.common.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a shared PostgreSQL server (a province office, decision 0048), looks every few seconds, off the FX thread,
 * whether another account changed the data, and says so once per change: the window then offers to show the newest
 * data (F5) instead of reloading under the hands of someone typing. A failed look (the network gone for a moment)
 * is logged and tried again at the next turn.
 */
final class ServerChangeWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeWatch.class);
    /** How often to look; {@code -Dcutri.refresh.seconds} changes it (tests look often). */
    static Duration every() {
        return Duration.ofSeconds(Long.getLong("cutri.refresh.seconds", 10));
    }

    private final Database database;
    private final Consumer<Long> changed;
    private final ScheduledExecutorService timer;
    private long seen;

    private ServerChangeWatch(Database database, Consumer<Long> changed) {
        this.database = database;
        this.changed = changed;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cutri-server-changes");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts watching this server's data; {@code changed} is told (on the watch's thread) the newest change another
     * account made. Null for data in a file, which only this program changes.
     */
    static ServerChangeWatch start(Database database, Consumer<Long> changed) {
        if (!database.isServer()) {
            return null;
        }
        ServerChangeWatch watch = new ServerChangeWatch(database, changed);
        watch.timer.execute(() -> watch.seen = database.newestChange());
        long every = every().toMillis();
        watch.timer.scheduleWithFixedDelay(watch::look, every, every, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void look() {
        try {
            OptionalLong newest = database.newestChangeByOthers(seen);
            if (newest.isPresent()) {
                seen = newest.getAsLong();
                changed.accept(seen);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for other people's changes on the server: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
