package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.grouping.GroupStatus;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.report.CompiledReport;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a user gets it: the July round's compilation is finished, its same-issue groups reviewed. */
class DemoFinishedCompilationTest {

    @TempDir
    Path folder;

    @Test
    void theJulyRoundsSameIssuesAreAcceptedGroupsAndTheReportMergesThem() {
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            context.demo().load(false, true);
            ContactRound july = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2"))
                    .findFirst().orElseThrow();
            ContactRound december = context.rounds().list().stream()
                    .filter(r -> r.name().contains("trước kỳ họp thứ 3")).findFirst().orElseThrow();
            var groups = context.groups().list(july.id());
            assertThat(groups).isNotEmpty().allMatch(g -> g.group().status() == GroupStatus.ACCEPTED)
                    .allMatch(g -> g.members().size() >= 2);
            OpinionGroupEntry water = groups.stream().filter(g -> g.group().wording().equals(DemoWork.WATER_WORDING))
                    .findFirst().orElseThrow();
            assertThat(water.members()).hasSize(3);
            assertThat(context.groups().list(december.id())).isEmpty();

            CompiledReport report = context.reports().compile(july.id(), false);
            assertThat(report.counts().groupsMerged()).isEqualTo(groups.size());
            assertThat(report.counts().issues()).isLessThan(report.counts().sentUp());
            assertThat(report.authorities().stream().flatMap(a -> a.fields().stream()).flatMap(f -> f.items().stream())
                    .filter(i -> i.text().equals(DemoWork.WATER_WORDING)).findFirst().orElseThrow().codes()).hasSize(3);
        }
    }
}
