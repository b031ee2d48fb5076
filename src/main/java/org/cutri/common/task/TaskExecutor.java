package org.cutri.common.task;

/** Runs {@link BackgroundTask}s. The window uses {@link FxTaskExecutor}; tests use {@link #sameThread}. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs the work and its callbacks at once on the calling thread: deterministic tests. */
    static TaskExecutor sameThread(java.util.function.Consumer<Exception> defaultFailureHandler) {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                T result;
                try {
                    result = task.work().call();
                } catch (Exception e) {
                    (task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler).accept(e);
                    return;
                }
                task.successHandler().accept(result);
            }
        };
    }
}
