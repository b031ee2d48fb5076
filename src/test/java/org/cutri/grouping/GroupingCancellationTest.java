package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.cutri.testing.StoppingMonitor;
import org.junit.jupiter.api.Test;

/** The grouping watches its task: it reports how far it got and stops soon after "Dừng". */
class GroupingCancellationTest {

    /** 1,200 opinions: the labelled wordings again and again, in 40 hamlets. */
    private static List<GroupCandidate> manyOpinions() {
        List<LabelledOpinions.Row> rows = LabelledOpinions.load();
        List<GroupCandidate> out = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            LabelledOpinions.Row row = rows.get(i % rows.size());
            out.add(new GroupCandidate(i + 1, row.text(), row.field(), "Thôn số " + (i % 40), null));
        }
        return out;
    }

    @Test
    void progressRisesToTheEndOfAWholeGrouping() {
        StoppingMonitor monitor = new StoppingMonitor(0);
        List<SuggestedGroup> groups = new SimilarityGrouper().group(manyOpinions(), monitor);

        assertThat(groups).isNotEmpty();
        assertThat(monitor.reports().get(0)).isLessThan(0.05);
        assertThat(monitor.reports().stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isEqualTo(1.0);
        assertThat(monitor.reports().size()).as("enough reports for a moving bar").isGreaterThan(20);
        assertThat(groups).isEqualTo(new SimilarityGrouper().group(manyOpinions()));
    }

    @Test
    void aCancelledGroupingStopsAtItsNextCheck() {
        int whole = countReports();
        for (int stopAt : new int[] {1, whole / 2}) {
            StoppingMonitor monitor = new StoppingMonitor(stopAt);
            assertThatThrownBy(() -> new SimilarityGrouper().group(manyOpinions(), monitor))
                    .isInstanceOf(CancellationException.class);
            // every loop checks before it reports, so no report comes after the stop (the parallel step may
            // have a few in flight on the other cores)
            assertThat(monitor.reportsAfterStop()).as("reports after stopping at %d of %d", stopAt, whole)
                    .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(monitor.reports().size()).isLessThan(whole);
        }
    }

    private static int countReports() {
        StoppingMonitor monitor = new StoppingMonitor(0);
        new SimilarityGrouper().group(manyOpinions(), monitor);
        return monitor.reports().size();
    }
}
