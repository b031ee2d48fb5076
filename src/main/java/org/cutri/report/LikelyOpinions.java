package org.cutri.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cutri.common.task.TaskMonitor;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;

/**
 * The opinions standing alone that may raise the same issue as a chosen group or opinion, most alike first: what the
 * suggestion missed, for the secretary to add by hand (decision 0056). The suggestion joins only pairs above a high
 * threshold, and so misses most same-issue opinions worded apart; ranked by the same similarity, one of them is among
 * the first five for about 19 opinions in 20 of text the grouping never saw (docs/benchmarks.md).
 */
final class LikelyOpinions {

    /** How many the list shows at most. */
    static final int LIMIT = 8;
    /** A candidate that shares nothing of weight with the chosen opinions is not listed. */
    static final double FLOOR = 0.05;

    private LikelyOpinions() {
    }

    /**
     * The {@code among} opinions most like {@code chosen} (their mean similarity to the chosen ones, as the grouping
     * scores a pair), at most {@link #LIMIT}, the most alike first; the chosen ones themselves are never listed.
     */
    static List<GroupWork.Member> rank(List<GroupWork.Member> chosen, List<GroupWork.Member> among, TaskMonitor monitor) {
        List<GroupWork.Member> targets = among.stream().filter(m -> !chosen.contains(m)).toList();
        if (chosen.isEmpty() || targets.isEmpty()) {
            return List.of();
        }
        double[][] scores = new SimilarityGrouper().similarities(candidates(chosen), candidates(targets), monitor);
        List<Scored> scored = new ArrayList<>(targets.size());
        for (int t = 0; t < targets.size(); t++) {
            double sum = 0;
            for (double[] row : scores) {
                sum += row[t];
            }
            double mean = sum / scores.length;
            if (mean >= FLOOR) {
                scored.add(new Scored(targets.get(t), mean, t));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::position));
        return scored.stream().limit(LIMIT).map(Scored::member).toList();
    }

    private static List<GroupCandidate> candidates(List<GroupWork.Member> members) {
        List<GroupCandidate> candidates = new ArrayList<>(members.size());
        for (GroupWork.Member member : members) {
            candidates.add(new GroupCandidate(candidates.size(), member.content(), null, member.place(), null));
        }
        return candidates;
    }

    private record Scored(GroupWork.Member member, double score, int position) {
    }
}
