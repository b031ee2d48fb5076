package org.cutri.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cutri.grouping.GroupCandidate;
import org.cutri.report.GroupWork;
import org.cutri.report.LikelyOpinionsProbe;

/**
 * How long the report screen's list of likely opinions (decision 0056) takes on a round of N opinions standing alone
 * (default 5,000): the vectors of what the screen shows, built once after each change of its lists, then the ranking
 * of one choice: one opinion chosen, then a group of five. Prints numbers; run by hand:
 * {@code java -cp $CP org.cutri.bench.LikelyOpinionsBenchmark [N]} (docs/benchmarks.md).
 */
public final class LikelyOpinionsBenchmark {

    private LikelyOpinionsBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<GroupWork.Member> alone = new ArrayList<>(count);
        for (GroupCandidate c : GroupingBenchmark.generate(count, new Random(2026))) {
            alone.add(new GroupWork.Member(String.valueOf(c.id()), "YK-" + c.id(), c.place(), c.text()));
        }
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            LikelyOpinionsProbe index = LikelyOpinionsProbe.index(alone);
            long built = System.nanoTime();
            List<GroupWork.Member> one = index.rank(List.of(alone.get(run * 7)), alone);
            long middle = System.nanoTime();
            List<GroupWork.Member> five = index.rank(alone.subList(run * 11, run * 11 + 5), alone);
            long end = System.nanoTime();
            System.out.printf("run %d: vectors built %d ms; then one opinion chosen %d ms (%d listed), a group of five"
                    + " %d ms (%d listed)%n", run, (built - start) / 1_000_000, (middle - built) / 1_000_000, one.size(),
                    (end - middle) / 1_000_000, five.size());
        }
        System.out.printf("%d opinions standing alone, %d cores%n", count, Runtime.getRuntime().availableProcessors());
    }
}
