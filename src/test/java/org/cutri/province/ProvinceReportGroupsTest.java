package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.report.GroupWork;
import org.cutri.report.ReportViewModel;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 17 as the report screen of a province office shows it: the groups the communes accepted travel in
 * their packages and are shown as received ("N nhóm đã nhận", not 0); the groups the province makes outlive a
 * restart and keep their ids when another group is deleted.
 */
class ProvinceReportGroupsTest {

    @TempDir
    static Path shared;

    private static List<Path> files;

    @TempDir
    Path folder;

    @BeforeAll
    static void twoCommunesSendTwoGroupsARound() throws Exception {
        Path usb = Files.createDirectories(shared.resolve("usb"));
        files = new ArrayList<>(CommunePackages.write(shared.resolve("tan-phuc"), usb, null, 2).files());
        files.addAll(CommunePackages.write(shared.resolve("hoa-lac"), usb, "Hòa Lạc", 2).files());
    }

    private static ReportViewModel screen(AppContext province) {
        ReportViewModel viewModel = new ReportViewModel(province.rounds(), province.opinions(), province.groups(),
                province.reports(), province.office(), province.messages(), TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }), Clock.systemDefaultZone());
        viewModel.load();
        return viewModel;
    }

    @Test
    void theCommunesGroupsAreShownAsReceivedWithTheirCommune() {
        try (AppContext province = TestContexts.open(folder.resolve("tinh"))) {
            province.packageImporter().importAll(files, Approvals.of(true, false));

            ReportViewModel viewModel = screen(province);

            // Two communes, two groups each in the round shown.
            assertThat(viewModel.groups()).hasSize(4).allMatch(GroupWork.Group::accepted);
            assertThat(viewModel.groups()).extracting(GroupWork.Group::wording).allMatch(w -> w.startsWith("Nhóm "));
            assertThat(viewModel.groups()).anySatisfy(g -> assertThat(g.members())
                    .allMatch(m -> m.place().startsWith("Hòa Lạc")));
            assertThat(viewModel.statusProperty().get()).endsWith(", 4 nhóm đã nhận.");
        }
    }

    @Test
    void groupsMadeAtTheProvinceSurviveARestartAndKeepTheirIds() {
        Path data = folder.resolve("tinh");
        try (AppContext province = TestContexts.open(data)) {
            province.packageImporter().importAll(files, Approvals.of(true, false));
            ReportViewModel viewModel = screen(province);
            for (String wording : List.of("Nhóm A", "Nhóm B", "Nhóm C")) {
                // Two opinions standing alone, one of each commune, made a group as the screen does.
                GroupWork.Member first = viewModel.alone().get(0);
                GroupWork.Member other = viewModel.alone().stream()
                        .filter(m -> !m.place().startsWith(first.place().split(",")[0])).findFirst().orElseThrow();
                List<GroupWork.Member> members = List.of(first, other);
                viewModel.accept(new GroupWork.Group(null, wording, false, members), members, wording);
            }
            GroupWork.Group a = group(viewModel, "Nhóm A");
            GroupWork.Group c = group(viewModel, "Nhóm C");

            viewModel.delete(a);
            viewModel.editWording(c, "Nhóm C, viết lại");

            assertThat(accepted(viewModel)).contains("Nhóm B", "Nhóm C, viết lại").doesNotContain("Nhóm A", "Nhóm C");
        }
        try (AppContext reopened = TestContexts.open(data)) {
            ReportViewModel viewModel = screen(reopened);
            assertThat(accepted(viewModel)).contains("Nhóm B", "Nhóm C, viết lại").doesNotContain("Nhóm A", "Nhóm C");
            assertThat(group(viewModel, "Nhóm B").members()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /**
     * Decision 0056 at the province: an opinion standing alone, listed beside a group made at the province, is added
     * to it (same group, one more opinion, after a restart too); beside a commune's group, it is gathered with that
     * group into a province group, the commune's group staying as it was sent.
     */
    @Test
    void anOpinionStandingAloneIsAddedToAProvinceGroupAndGatheredWithACommunesGroup() {
        Path data = folder.resolve("tinh");
        GroupWork.Member third;
        try (AppContext province = TestContexts.open(data)) {
            province.packageImporter().importAll(files, Approvals.of(true, false));
            ReportViewModel viewModel = screen(province);
            GroupWork.Member first = viewModel.alone().get(0);
            GroupWork.Member other = viewModel.alone().get(1);
            viewModel.accept(new GroupWork.Group(null, "Nhóm tỉnh", false, List.of(first, other)), List.of(first, other),
                    "Nhóm tỉnh");
            int aloneBefore = viewModel.alone().size();

            viewModel.lookAlike(group(viewModel, "Nhóm tỉnh"));
            assertThat(viewModel.likely()).isNotEmpty().doesNotContain(first, other);
            assertThat(viewModel.likely()).allMatch(viewModel.alone()::contains);
            third = viewModel.likely().get(0);
            viewModel.addLikely(List.of(third), "");

            assertThat(group(viewModel, "Nhóm tỉnh").members()).containsExactlyInAnyOrder(first, other, third);
            assertThat(viewModel.alone()).hasSize(aloneBefore - 1).doesNotContain(third);

            GroupWork.Group received = viewModel.groups().stream().filter(g -> g.wording().startsWith("Nhóm ")
                    && !g.wording().equals("Nhóm tỉnh")).findFirst().orElseThrow();
            viewModel.lookAlike(received);
            GroupWork.Member fourth = viewModel.likely().get(0);
            viewModel.addLikely(List.of(fourth), "");
            // a province group of the commune's wording, the commune's group in it whole
            GroupWork.Group gathered = viewModel.groups().stream().filter(g -> g.id().startsWith("p")
                    && g.members().contains(fourth)).findFirst().orElseThrow();
            assertThat(gathered.wording()).isEqualTo(received.wording());
            assertThat(gathered.members()).containsAll(received.members()).contains(fourth)
                    .hasSize(received.members().size() + 1);
            assertThat(province.provinceGroups().received()).anyMatch(r -> r.title().equals(received.wording()));
        }
        try (AppContext reopened = TestContexts.open(data)) {
            ReportViewModel viewModel = screen(reopened);
            assertThat(group(viewModel, "Nhóm tỉnh").members()).hasSize(3).contains(third);
        }
    }

    private static List<String> accepted(ReportViewModel viewModel) {
        return viewModel.groups().stream().filter(GroupWork.Group::accepted).map(GroupWork.Group::wording).toList();
    }

    private static GroupWork.Group group(ReportViewModel viewModel, String wording) {
        return viewModel.groups().stream().filter(g -> g.accepted() && g.wording().equals(wording)).findFirst()
                .orElseThrow(() -> new AssertionError("No accepted group " + wording + " in " + viewModel.groups()));
    }
}
