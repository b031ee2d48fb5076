package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Choice;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The province's consolidated list and counts over the packages of two communes. */
class ProvinceSummaryViewModelTest {

    @TempDir
    static Path folder;

    private static Path data;
    private static int total;

    private AppContext province;
    private ProvinceSummaryViewModel viewModel;

    @BeforeAll
    static void importTwoCommunes() throws Exception {
        Path out = Files.createDirectories(folder.resolve("usb"));
        CommunePackages.Made tanPhuc = CommunePackages.write(folder.resolve("tan-phuc"), out, null, 2);
        CommunePackages.Made hoaLac = CommunePackages.write(folder.resolve("hoa-lac"), out, "Hòa Lạc", 2);
        total = tanPhuc.opinions() + hoaLac.opinions();
        data = folder.resolve("tinh");
        List<Path> files = new ArrayList<>(tanPhuc.files());
        files.addAll(hoaLac.files());
        try (AppContext importing = TestContexts.open(data)) {
            assertThat(importing.packageImporter().importAll(files, Approvals.of(true, false))).noneMatch(s -> s.refused());
        }
    }

    @BeforeEach
    void open() {
        province = TestContexts.open(data);
        viewModel = new ProvinceSummaryViewModel(province.province(), province.provinceGroups(), TestContexts.VI,
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        province.close();
    }

    @Test
    void listsEveryOpinionOfBothCommunesAndCountsThem() {
        assertThat(total).isGreaterThan(0);
        assertThat(viewModel.results()).hasSize(total);
        assertThat(viewModel.communes()).extracting(Choice::label).containsExactly("Tất cả", "Hòa Lạc", "Tân Phúc");
        assertThat(viewModel.byCommune()).extracting(CountRow::label).containsExactlyInAnyOrder("Hòa Lạc", "Tân Phúc");
        assertThat(viewModel.byCommune().stream().mapToInt(CountRow::count).sum()).isEqualTo(total);
        assertThat(viewModel.byField().stream().mapToInt(CountRow::count).sum()).isEqualTo(total);
        assertThat(viewModel.byAuthority().stream().mapToInt(CountRow::count).sum()).isEqualTo(total);
        assertThat(viewModel.byField().get(0).count()).isGreaterThanOrEqualTo(viewModel.byField().get(1).count());
        assertThat(viewModel.summaryProperty().get()).contains(total + " / " + total);
    }

    @Test
    void theCommuneFilterKeepsOneCommuneAndItsHamlets() {
        Choice<String> hoaLac = viewModel.communes().stream().filter(c -> "Hòa Lạc".equals(c.label())).findFirst()
                .orElseThrow();
        viewModel.communeProperty().set(hoaLac);

        assertThat(viewModel.results()).isNotEmpty().allMatch(o -> o.communeName().equals("Hòa Lạc"));
        assertThat(viewModel.results().size()).isLessThan(total);
        assertThat(viewModel.byCommune()).extracting(CountRow::label).containsExactly("Hòa Lạc");
        assertThat(viewModel.hamlets()).extracting(Choice::label).contains("Xóm Bến");
    }

    @Test
    void filtersNarrowTheListAndTheCounts() {
        Choice<Integer> field = viewModel.fields().get(1);
        viewModel.fieldProperty().set(field);
        assertThat(viewModel.results()).isNotEmpty().allMatch(o -> field.label().equals(o.fieldName()));
        assertThat(viewModel.byField()).extracting(CountRow::label).containsExactly(field.label());

        viewModel.clearFilters();
        Choice<Authority> commune = viewModel.authorities().stream().filter(c -> c.value() == Authority.COMMUNE)
                .findFirst().orElseThrow();
        viewModel.authorityProperty().set(commune);
        assertThat(viewModel.results()).allMatch(o -> "COMMUNE".equals(o.authority()));
        assertThat(viewModel.byAuthority()).extracting(CountRow::label).containsOnly(Authority.COMMUNE.label());

        viewModel.clearFilters();
        viewModel.approvedProperty().set(viewModel.approvals().get(2));
        assertThat(viewModel.results()).allMatch(o -> !o.approved());
        viewModel.clearFilters();
        assertThat(viewModel.results()).hasSize(total);
    }

    @Test
    void searchIgnoresDiacritics() {
        ConsolidatedOpinion some = viewModel.results().get(total / 2);
        String query = String.join(" ", java.util.Arrays.stream(VietText.fold(some.content()).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).limit(4).toList());

        viewModel.queryProperty().set(query);

        assertThat(viewModel.results()).contains(some);
        assertThat(viewModel.results().size()).isLessThan(total);
        assertThat(viewModel.byCommune().stream().mapToInt(CountRow::count).sum())
                .isEqualTo(viewModel.results().size());
    }

    @Test
    void aReceivedGroupIsRewordedAsTheProvincesThenRenamedAndDeleted() {
        ProvinceGroupsViewModel groups = viewModel.groups();
        assertThat(groups.summaryProperty().get()).isEqualTo("8 nhóm các xã gửi lên, 0 nhóm của tỉnh");
        viewModel.communeProperty().set(viewModel.communes().stream().filter(c -> "Hòa Lạc".equals(c.label()))
                .findFirst().orElseThrow());
        assertThat(groups.rows()).hasSize(4).allMatch(r -> r.communes().equals("Hòa Lạc"));

        ProvinceGroupRow received = groups.rows().get(0);
        groups.selectedGroups().setAll(received);
        assertThat(groups.wordingProperty().get()).isEqualTo(received.wording());
        assertThat(groups.members()).containsExactlyElementsOf(received.opinions());
        assertThat(groups.canRenameProperty().get()).isFalse();
        assertThat(groups.canDeleteProperty().get()).isFalse();
        groups.wordingProperty().set("Viết lại ở tỉnh");
        assertThat(groups.canMergeProperty().get()).isTrue();
        groups.merge();

        assertThat(groups.rows()).hasSize(4);
        ProvinceGroupRow made = groups.rows().get(0);
        assertThat(made.madeAtProvince()).isTrue();
        assertThat(made.wording()).isEqualTo("Viết lại ở tỉnh");
        assertThat(made.opinions()).isEqualTo(received.opinions());
        assertThat(groups.chosenKeyProperty().get()).isEqualTo(made.key());
        assertThat(groups.groupOf(received.opinions().get(0))).isEqualTo("Viết lại ở tỉnh");

        groups.selectedGroups().setAll(made);
        groups.wordingProperty().set("Viết lại lần hai");
        assertThat(groups.canRenameProperty().get()).isTrue();
        groups.rename();
        assertThat(province.provinceGroups().list()).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo(made.provinceId()))
                .satisfies(g -> assertThat(g.wording()).isEqualTo("Viết lại lần hai"));

        groups.selectedGroups().setAll(groups.rows().get(0));
        assertThat(groups.deletable()).isEqualTo(1);
        groups.delete();
        assertThat(province.provinceGroups().list()).isEmpty();
        assertThat(groups.rows()).hasSize(4).noneMatch(ProvinceGroupRow::madeAtProvince).contains(received);
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Đã xóa 1 nhóm của tỉnh; các ý kiến vẫn giữ nguyên.");
    }
}
