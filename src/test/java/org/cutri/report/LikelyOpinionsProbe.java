package org.cutri.report;

import java.util.List;

import org.cutri.common.task.TaskMonitor;

/** Opens {@link LikelyOpinions} to the benchmarks outside the package. */
public final class LikelyOpinionsProbe {

    private final LikelyOpinions.Index index;

    private LikelyOpinionsProbe(LikelyOpinions.Index index) {
        this.index = index;
    }

    /** The vectors of these opinions, built once (as the report screen does for what it shows). */
    public static LikelyOpinionsProbe index(List<GroupWork.Member> shown) {
        return new LikelyOpinionsProbe(LikelyOpinions.Index.of(0, shown, TaskMonitor.NONE));
    }

    /** The likely opinions among {@code among} beside {@code chosen}, from the vectors built once. */
    public List<GroupWork.Member> rank(List<GroupWork.Member> chosen, List<GroupWork.Member> among) {
        return index.rank(chosen, among, TaskMonitor.NONE).stream().map(LikelyOpinions.Likely::member).toList();
    }
}
