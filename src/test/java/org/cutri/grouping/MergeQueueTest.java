package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The clustering's primitive queue gives its merges in the order of the {@code PriorityQueue} it replaced. */
class MergeQueueTest {

    @Test
    void entriesComeOutBestAverageFirstThenBySmallerClusterNumbers() {
        Random random = new Random(11);
        MergeQueue queue = new MergeQueue();
        PriorityQueue<double[]> expected = new PriorityQueue<>((x, y) -> {
            int c = Double.compare(y[0], x[0]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(x[1], y[1]);
            return c != 0 ? c : Double.compare(x[2], y[2]);
        });
        List<String> out = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int step = 0; step < 50_000; step++) {
            if (random.nextInt(3) > 0 || expected.isEmpty()) {
                // few distinct averages and clusters, so ties on the average and on the first number are common
                double average = random.nextInt(20) / 20.0;
                int lo = random.nextInt(50);
                int hi = lo + 1 + random.nextInt(50);
                int version = step;
                queue.add(average, lo, hi, version, version + 1);
                expected.add(new double[] {average, lo, hi, version, version + 1});
            } else {
                out.add(queue.topAverage() + " " + queue.topLow() + " " + queue.topHigh());
                queue.removeTop();
                double[] top = expected.poll();
                wanted.add(top[0] + " " + (int) top[1] + " " + (int) top[2]);
            }
        }
        while (!expected.isEmpty()) {
            out.add(queue.topAverage() + " " + queue.topLow() + " " + queue.topHigh());
            queue.removeTop();
            double[] top = expected.poll();
            wanted.add(top[0] + " " + (int) top[1] + " " + (int) top[2]);
        }
        assertThat(queue.isEmpty()).isTrue();
        assertThat(out).isEqualTo(wanted);
    }
}
