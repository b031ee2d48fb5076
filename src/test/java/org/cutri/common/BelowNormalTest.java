package org.cutri.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A long computation (the grouping's parallel pairs, the report's PDF) runs on lowest-priority threads, all
 * cores but one, so the window's threads come first (issue 7); its result and its exceptions are the work's own.
 */
class BelowNormalTest {

    @Test
    void theWorkAndItsParallelStreamsRunOnLowPriorityThreadsLeavingACore() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        int sum = BelowNormal.run(() -> IntStream.range(0, 20_000).parallel().map(i -> {
            used.add(Thread.currentThread());
            return i % 7;
        }).sum());

        assertThat(sum).isEqualTo(IntStream.range(0, 20_000).map(i -> i % 7).sum());
        assertThat(used).isNotEmpty().allSatisfy(thread -> {
            assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(thread.getName()).startsWith("cutri-compute-low-");
        });
        assertThat(used.size()).isLessThanOrEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(Thread.currentThread().getPriority()).as("the caller is left as it was").isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void theWorksExceptionsComeBackUnchanged() {
        IOException unreadable = new IOException("tệp không đọc được");
        assertThatThrownBy(() -> BelowNormal.run(() -> {
            throw unreadable;
        })).isSameAs(unreadable);
        // a stopped task (TaskMonitor.checkCancelled) still ends as stopped, not as a failure
        assertThatThrownBy(() -> BelowNormal.run(() -> {
            throw new CancellationException("stopped by the user");
        })).isInstanceOf(CancellationException.class).hasMessage("stopped by the user");
    }
}
