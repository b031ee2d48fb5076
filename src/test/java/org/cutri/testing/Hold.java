package org.cutri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutri.common.task.TaskMonitor;

/**
 * Holds background work at one point until the test lets it go on, so that a test can click "Dừng" while the
 * work is certainly running, without timing. Work calls {@link #here()} (or runs under {@link #atFirstProgress}
 * or {@link #atFirstCheck}); the test waits with {@link #awaitReached()} and lets go with {@link #release()}.
 * It holds once.
 */
public final class Hold {

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger reportsAfterStop = new AtomicInteger();

    /** Waits here the first time, until {@link #release()}. */
    public void here() {
        if (reached.getCount() > 0) {
            reached.countDown();
            await(released);
        }
    }

    public void awaitReached() {
        await(reached);
    }

    public void release() {
        released.countDown();
    }

    /** The progress reports the work made after it was told to stop (a stopped loop makes none). */
    public int reportsAfterStop() {
        return reportsAfterStop.get();
    }

    /** The work's monitor, holding at its first progress report past the start. */
    public TaskMonitor atFirstProgress(TaskMonitor monitor) {
        return atProgressPast(monitor, 0);
    }

    /** The work's monitor, holding at its first progress report past {@code fraction} of the whole. */
    public TaskMonitor atProgressPast(TaskMonitor monitor, double fraction) {
        return new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }

            @Override
            public void progress(double done, double total) {
                if (monitor.isCancelled()) {
                    reportsAfterStop.incrementAndGet();
                }
                monitor.progress(done, total);
                if (total > 0 && done / total > fraction) {
                    here();
                }
            }
        };
    }

    /** The work's monitor, holding the first time the work checks whether it was stopped. */
    public TaskMonitor atFirstCheck(TaskMonitor monitor) {
        return new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                here();
                return monitor.isCancelled();
            }

            @Override
            public void progress(double done, double total) {
                monitor.progress(done, total);
            }
        };
    }

    /** Waits for the latch, failing the test after 10 s. */
    public static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
