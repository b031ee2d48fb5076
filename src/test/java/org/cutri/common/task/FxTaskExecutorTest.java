package org.cutri.common.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.cutri.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's executor without a window: the test thread plays the JavaFX thread (it runs the callbacks the
 * executor hands over, as the FX thread would), so every wait is on a latch or a condition, never a duration.
 */
class FxTaskExecutorTest {

    /** The "FX thread": what the executor hands over waits here until the test thread runs it. */
    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final Thread uiThread = Thread.currentThread();
    private final List<Exception> unhandled = new CopyOnWriteArrayList<>();
    private final List<Thread> unhandledThreads = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> {
        unhandled.add(e);
        unhandledThreads.add(Thread.currentThread());
    }, uiQueue::add, 2);

    @AfterEach
    void close() {
        executor.close();
    }

    /** Runs what was handed to the UI thread until the condition holds (at most 10 s). */
    private void pumpUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            Runnable next = uiQueue.poll();
            if (next != null) {
                next.run();
            } else if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within 10 s");
            } else {
                Thread.sleep(1);
            }
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
    }

    @Test
    void writesRunOneAfterAnotherInTheOrderGiven() throws Exception {
        List<Integer> stored = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> confirmed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int number = i;
            executor.execute(BackgroundTask.run(() -> {
                stored.add(number);
                threads.add(Thread.currentThread().getName());
            }).onSuccess(v -> confirmed.add(number)));
        }
        pumpUntil(() -> confirmed.size() == 200);
        List<Integer> expected = java.util.stream.IntStream.range(0, 200).boxed().toList();
        assertThat(stored).isEqualTo(expected);
        assertThat(confirmed).as("callbacks in the same order, on the UI thread").isEqualTo(expected);
        assertThat(threads).containsOnly("cutri-database-1");
    }

    @Test
    void aSaveIsStoredWhileALongComputationRuns() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finishComputation = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        AtomicBoolean computationDone = new AtomicBoolean();
        executor.execute(BackgroundTask.of(() -> {
            computing.countDown();
            await(finishComputation);
            computationDone.set(true);
            return 1;
        }).computation());
        await(computing);
        executor.execute(BackgroundTask.run(saved::countDown));

        await(saved);
        assertThat(computationDone).as("the save did not wait for the computation").isFalse();
        finishComputation.countDown();
        pumpUntil(computationDone::get);
    }

    @Test
    void cancellingStopsMonitoredWorkAtItsNextCheck() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        AtomicBoolean left = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Integer> task = BackgroundTask.<Integer>monitored(monitor -> {
            try {
                while (true) {
                    monitor.checkCancelled();
                    rounds.incrementAndGet();
                    started.countDown();
                    Thread.onSpinWait();
                }
            } finally {
                left.set(true);
            }
        }).computation().onSuccess(r -> succeeded.set(true)).onCancelled(() -> cancelled.set(true));
        executor.execute(task);
        await(started);

        task.cancel();
        pumpUntil(cancelled::get);
        assertThat(left).as("the work left its loop").isTrue();
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(succeeded).isFalse();
        assertThat(unhandled).as("stopping is no failure").isEmpty();
        int atStop = rounds.get();
        // the pool is free again: another computation runs to its end
        AtomicBoolean next = new AtomicBoolean();
        executor.execute(BackgroundTask.of(() -> true).computation().onSuccess(next::set));
        pumpUntil(next::get);
        assertThat(rounds.get()).as("no more rounds after the stop").isEqualTo(atStop);
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        executor.execute(BackgroundTask.run(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Void> queued = BackgroundTask.run(() -> ran.set(true)).onCancelled(() -> cancelled.set(true));
        executor.execute(queued);
        queued.cancel();
        busy.countDown();
        pumpUntil(cancelled::get);
        assertThat(ran).isFalse();
    }

    @Test
    void progressAndMessageReachTheUiThread() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<Double> shown = new CopyOnWriteArrayList<>();
        List<Thread> shownOn = new CopyOnWriteArrayList<>();
        BackgroundTask<String> task = BackgroundTask.monitored(monitor -> {
            monitor.progress(1, 4);
            monitor.message("nửa đường");
            TaskMonitor second = monitor.part(0.5, 1.0);
            second.progress(0, 10);
            halfway.countDown();
            await(goOn);
            second.progress(5, 10);
            return "xong";
        }).computation();
        task.progressProperty().addListener((obs, old, now) -> {
            shown.add(now.doubleValue());
            shownOn.add(Thread.currentThread());
        });
        executor.execute(task);
        await(halfway);
        pumpUntil(() -> task.progressProperty().get() == 0.5 && "nửa đường".equals(task.messageProperty().get()));
        goOn.countDown();
        pumpUntil(task::isFinished);
        assertThat(shown).contains(0.5).endsWith(1.0);
        assertThat(shown).isSorted();
        assertThat(shownOn).containsOnly(uiThread);
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.SUCCEEDED);
    }

    @Test
    void aFailureWithoutHandlerGoesToTheDefaultHandlerOnceOnTheUiThread() throws Exception {
        executor.execute(BackgroundTask.run(() -> {
            throw new UserException("common.gone");
        }));
        List<Exception> own = new ArrayList<>();
        executor.execute(BackgroundTask.run(() -> {
            throw new IllegalStateException("handled by the screen");
        }).onFailure(own::add));
        AtomicBoolean after = new AtomicBoolean();
        executor.execute(BackgroundTask.run(() -> { }).onSuccess(v -> after.set(true)));
        pumpUntil(after::get);
        assertThat(unhandled).singleElement().isInstanceOf(UserException.class);
        assertThat(unhandledThreads).containsOnly(uiThread);
        assertThat(own).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runningOutOfMemoryEndsInAPlainMessageNotAnEndlessWait() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        List<Exception> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of(() -> {
            throw new OutOfMemoryError("Java heap space (test)");
        }).computation().onFailure(e -> {
            seen.add(e);
            failed.set(true);
        }));
        pumpUntil(failed::get);
        assertThat(seen).singleElement().isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo("task.outOfMemory"));
    }

    @Test
    void failuresArrivingWhileTheErrorMessageIsOpenDoNotStackMoreMessages() throws Exception {
        List<Exception> shown = new ArrayList<>();
        AtomicBoolean after = new AtomicBoolean();
        FxTaskExecutor dialogs = new FxTaskExecutor(e -> {
            shown.add(e);
            // like Alert.showAndWait: the UI thread goes on with other events while the message is open
            if (shown.size() == 1) {
                try {
                    pumpUntil(after::get);
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }, uiQueue::add, 2);
        try {
            dialogs.execute(BackgroundTask.run(() -> {
                throw new IllegalStateException("first");
            }));
            dialogs.execute(BackgroundTask.run(() -> {
                throw new IllegalStateException("second, while the first is shown");
            }));
            dialogs.execute(BackgroundTask.run(() -> { }).onSuccess(v -> after.set(true)));
            pumpUntil(after::get);
            assertThat(shown).singleElement().satisfies(e -> assertThat(e).hasMessage("first"));

            // once the message is closed, the next failure is shown again
            dialogs.execute(BackgroundTask.run(() -> {
                throw new IllegalStateException("later");
            }));
            pumpUntil(() -> shown.size() == 2);
        } finally {
            dialogs.close();
        }
    }

    @Test
    void aCallbackThatFailsEndsInTheDefaultHandler() throws Exception {
        executor.execute(BackgroundTask.of(() -> 1).onSuccess(v -> {
            throw new IllegalStateException("a bug in the screen");
        }));
        pumpUntil(() -> !unhandled.isEmpty());
        assertThat(unhandled).singleElement().satisfies(e -> assertThat(e).hasMessage("a bug in the screen"));
    }

    @Test
    void closingWaitsForTheSavesAlreadyQueuedAndStopsComputations() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        AtomicBoolean computationLeft = new AtomicBoolean();
        executor.execute(BackgroundTask.monitored(monitor -> {
            computing.countDown();
            while (!monitor.isCancelled()) {
                Thread.onSpinWait();
            }
            computationLeft.set(true);
            return null;
        }).computation());
        await(computing);
        CountDownLatch saving = new CountDownLatch(1);
        CountDownLatch finishSave = new CountDownLatch(1);
        AtomicBoolean saved = new AtomicBoolean();
        executor.execute(BackgroundTask.run(() -> {
            saving.countDown();
            try {
                finishSave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        executor.execute(BackgroundTask.run(() -> saved.set(true)));
        await(saving);
        Thread closer = new Thread(executor::close);
        closer.start();
        finishSave.countDown();
        closer.join();
        assertThat(saved).as("the queued save ran before close returned").isTrue();
        pumpUntil(computationLeft::get);

        AtomicBoolean late = new AtomicBoolean();
        AtomicBoolean dropped = new AtomicBoolean();
        executor.execute(BackgroundTask.run(() -> late.set(true)).onCancelled(() -> dropped.set(true)));
        pumpUntil(dropped::get);
        assertThat(late).isFalse();
    }

    @Test
    void aTrackerShowsTheRunningTaskItsProgressAndItsStop() throws Exception {
        TaskTracker tracker = new TaskTracker();
        CountDownLatch halfway = new CountDownLatch(1);
        BackgroundTask<Void> task = BackgroundTask.monitored(monitor -> {
            monitor.progress(1, 2);
            halfway.countDown();
            while (true) {
                monitor.checkCancelled();
                Thread.onSpinWait();
            }
        });
        executor.execute(tracker.track(task).computation());
        assertThat(tracker.runningProperty().get()).isTrue();
        await(halfway);
        pumpUntil(() -> tracker.progressProperty().get() == 0.5);

        tracker.cancel();
        assertThat(tracker.stoppingProperty().get()).as("the stop button greys out").isTrue();
        assertThat(tracker.runningProperty().get()).as("until the work has really stopped").isTrue();
        pumpUntil(() -> !tracker.runningProperty().get());
        assertThat(tracker.stoppingProperty().get()).isFalse();
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.CANCELLED);
    }

    /**
     * A stop asked after the work's last check comes too late: the work has stored everything, and the screen
     * must say so, not "stopped, nothing stored" (an opinion import once said it stored nothing after storing all).
     */
    @Test
    void monitoredWorkThatEndsAfterAStopWasAskedReportsWhatItDid() throws Exception {
        CountDownLatch pastLastCheck = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Integer> task = BackgroundTask.<Integer>monitored(monitor -> {
            monitor.checkCancelled();
            pastLastCheck.countDown();
            await(stopAsked);
            return 3;
        }).onSuccess(r -> succeeded.set(true)).onCancelled(() -> cancelled.set(true));
        executor.execute(task);
        await(pastLastCheck);

        task.cancel();
        stopAsked.countDown();
        pumpUntil(() -> succeeded.get() || cancelled.get());
        assertThat(succeeded).as("the work did everything: its result is shown").isTrue();
        assertThat(cancelled).isFalse();
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.SUCCEEDED);
    }

    @Test
    void theSameThreadExecutorRunsEverythingAtOnce() {
        List<String> steps = new ArrayList<>();
        TaskExecutor now = TaskExecutor.sameThread(e -> steps.add("failed " + e.getMessage()));
        now.execute(BackgroundTask.of(() -> "a").computation().onSuccess(steps::add));
        now.execute(BackgroundTask.run(() -> {
            throw new IllegalStateException("b");
        }));
        BackgroundTask<String> stopped = BackgroundTask.monitored(monitor -> {
            monitor.checkCancelled();
            return "c";
        }).onSuccess(steps::add).onCancelled(() -> steps.add("c cancelled"));
        stopped.cancel();
        now.execute(stopped);
        BackgroundTask<String> measured = BackgroundTask.monitored(monitor -> {
            monitor.progress(1, 2);
            return "d";
        });
        measured.progressProperty().addListener((obs, old, value) -> steps.add("progress " + value));
        now.execute(measured.onSuccess(steps::add));
        assertThat(steps).containsExactly("a", "failed b", "c cancelled", "progress 0.5", "progress 1.0", "d");
    }
}
