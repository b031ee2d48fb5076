package org.cutri.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a long computation (the grouping of a round, writing or drawing a big report) below normal priority, so
 * the window's own threads come first on a two-core office PC (docs/decisions/0024-a-window-that-keeps-its-core.md).
 * The work runs in its own fork-join pool of lowest-priority threads while the calling thread waits: a parallel
 * stream in it uses that pool, not the shared common pool (whose threads have normal priority), and one thread
 * fewer than the cores, so one core is always left for the window.
 *
 * <p>Windows honours Java's thread priorities; Linux only with {@code -XX:ThreadPriorityPolicy=1}, which the
 * packaged launcher passes (packaging/common.sh), and only to lower a priority, which is all this does.
 */
public final class BelowNormal {

    /** Threads for the parallel part: all cores but one (at least one). */
    static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private BelowNormal() {
    }

    /** Runs {@code work} below normal priority and returns its result; its exceptions pass through unchanged. */
    public static <T> T run(Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(PARALLELISM, new LowThreads(), null, false);
        Outcome<T> outcome = new Outcome<>();
        try {
            // the work's own exceptions are kept aside: the pool would wrap the checked ones
            pool.submit(() -> {
                try {
                    outcome.value = work.call();
                } catch (Exception e) {
                    outcome.failure = e;
                }
            }).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (outcome.failure != null) {
            throw outcome.failure;
        }
        return outcome.value;
    }

    /** What the work gave; written by the pool's thread before {@code get()} returns (which orders the reads). */
    private static final class Outcome<T> {
        private T value;
        private Exception failure;
    }

    /** Named daemon workers at the lowest priority. */
    private static final class LowThreads implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("cutri-compute-low-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }
    }
}
