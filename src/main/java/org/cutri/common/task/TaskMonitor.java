package org.cutri.common.task;

import java.util.concurrent.CancellationException;

/**
 * What long work sees of the task that runs it: whether the user stopped it, and where to report how far it
 * got. Long loops call {@link #checkCancelled()} now and then, so "Dừng" really stops the work. Services take a
 * monitor as a plain argument (this type knows nothing of JavaFX): the command line passes {@link #NONE}.
 * Implementations are safe to call from any thread.
 */
public interface TaskMonitor {

    /** Nobody watches: never cancelled, progress ignored. */
    TaskMonitor NONE = new TaskMonitor() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(double done, double total) {
            // nobody shows it
        }
    };

    /** True once the user asked to stop. */
    boolean isCancelled();

    /**
     * Reports how far the work got: {@code done} of {@code total} (a total of 0 or less: the amount is not
     * known yet).
     */
    void progress(double done, double total);

    /** A line saying what the work does now; ignored unless the task shows one. */
    default void message(String text) {
        // most monitors show progress only
    }

    /** Stops the work here, by throwing {@link CancellationException}, when the task was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("stopped by the user");
        }
    }

    /**
     * A part of this work, for a step of a longer job: the step reports its own 0..1, which shows as
     * {@code from}..{@code to} of the whole. Cancellation is the whole task's.
     */
    default TaskMonitor part(double from, double to) {
        TaskMonitor whole = this;
        return new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }

            @Override
            public void progress(double done, double total) {
                if (total > 0) {
                    whole.progress(from + (to - from) * Math.min(1.0, done / total), 1.0);
                }
            }

            @Override
            public void message(String text) {
                whole.message(text);
            }
        };
    }
}
