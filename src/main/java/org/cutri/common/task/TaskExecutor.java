package org.cutri.common.task;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s. The window uses {@link FxTaskExecutor}: ordinary tasks (database work, saves)
 * one after another on one serial queue, in the order they were given; {@link BackgroundTask#computation()}
 * tasks on a small pool beside it. Tests use {@link #sameThread}.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs the work and its callbacks at once on the calling thread: deterministic tests. */
    static TaskExecutor sameThread(Consumer<Exception> defaultFailureHandler) {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                task.runHere(Runnable::run, defaultFailureHandler, false);
            }
        };
    }
}
