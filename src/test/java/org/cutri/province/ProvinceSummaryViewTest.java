package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.common.text.VietText;
import org.cutri.office.OfficeKind;
import org.cutri.opinion.Choice;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The province's consolidated screen right after start, with two communes' packages that carry their groups:
 * the received groups are counted and listed with their commune, follow the commune filter back and forth; a
 * province group made of two communes' groups, another of two opinions, and the deletion of the first are
 * shown and stored, the second keeping its id.
 */
@ExtendWith(ApplicationExtension.class)
class ProvinceSummaryViewTest {

    @TempDir
    static Path folder;

    private static Path data;
    private static int opinions;

    private TestWindow window;
    private AppContext province;
    private MainView view;

    /** Two communes make their packages and the province imports them, before the window opens. */
    @BeforeAll
    static void importTwoCommunes() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        CommunePackages.Made tanPhuc = CommunePackages.write(folder.resolve("tan-phuc"), usb, null, 3);
        CommunePackages.Made hoaLac = CommunePackages.write(folder.resolve("hoa-lac"), usb, "Hòa Lạc", 2);
        opinions = tanPhuc.opinions() + hoaLac.opinions();
        List<Path> files = new ArrayList<>(tanPhuc.files());
        files.addAll(hoaLac.files());
        data = folder.resolve("tinh");
        try (AppContext importing = TestContexts.open(data)) {
            assertThat(importing.packageImporter().importAll(files, Approvals.of(true, false))).noneMatch(PackageImportSummary::refused);
        }
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(data));
        province = window.context();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void receivedGroupsAreShownAndProvinceGroupsAreMadeAndDeleted(FxRobot robot) {
        TableView<ConsolidatedOpinion> list = openSummary(robot);
        assertThat(text(robot, "#groupSummaryLabel")).isEqualTo("10 nhóm các xã gửi lên, 0 nhóm của tỉnh");
        assertThat(text(robot, "#statusLabel")).contains("10 nhóm các xã gửi lên");

        tab(robot, "Nhóm ý kiến trùng");
        TableView<ProvinceGroupRow> groups = robot.lookup("#groupTable").queryTableView();
        assertThat(groups.getItems()).hasSize(10).noneMatch(ProvinceGroupRow::madeAtProvince);
        assertThat(groups.getItems()).extracting(ProvinceGroupRow::communes).containsOnly("Hòa Lạc", "Tân Phúc");

        // The commune filter narrows the groups too, back and forth.
        pick(robot, "#communeBox", "Hòa Lạc");
        FxTestSupport.waitUntil(() -> groups.getItems().size() == 4);
        assertThat(groups.getItems()).allMatch(g -> g.communes().equals("Hòa Lạc"));
        pick(robot, "#communeBox", "Tân Phúc");
        FxTestSupport.waitUntil(() -> groups.getItems().size() == 6);
        pick(robot, "#communeBox", "Tất cả");
        FxTestSupport.waitUntil(() -> groups.getItems().size() == 10);

        // Hòa Lạc's first group and Tân Phúc's first group of the same round: one province group.
        ProvinceGroupRow fromHoaLac = groups.getItems().get(0);
        ProvinceGroupRow fromTanPhuc = groups.getItems().stream()
                .filter(g -> g.communes().equals("Tân Phúc") && g.wording().equals(fromHoaLac.wording()))
                .findFirst().orElseThrow();
        robot.clickOn(row(robot, groups, groups.getItems().indexOf(fromHoaLac)));
        assertThat(robot.lookup("#wordingField").queryTextInputControl().getText()).isEqualTo(fromHoaLac.wording());
        assertThat(robot.lookup("#memberList").queryListView().getItems()).hasSize(fromHoaLac.opinions().size());
        robot.press(KeyCode.CONTROL).clickOn(row(robot, groups, groups.getItems().indexOf(fromTanPhuc)))
                .release(KeyCode.CONTROL);
        assertThat(text(robot, "#selectionLabel")).isEqualTo("Đang chọn 2 nhóm và 0 ý kiến.");
        robot.clickOn("#wordingField").push(KeyCode.CONTROL, KeyCode.A).write("Sửa đường liên xã");
        robot.clickOn("#mergeButton");

        FxTestSupport.waitUntil(() -> groups.getItems().size() == 9 && groups.getItems().get(0).madeAtProvince());
        ProvinceGroupRow across = groups.getItems().get(0);
        assertThat(across.wording()).isEqualTo("Sửa đường liên xã");
        assertThat(across.communes()).isEqualTo("Hòa Lạc, Tân Phúc");
        assertThat(across.opinions()).hasSize(fromHoaLac.opinions().size() + fromTanPhuc.opinions().size());
        assertThat(groups.getSelectionModel().getSelectedItem()).isEqualTo(across);
        assertThat(text(robot, "#groupSummaryLabel")).isEqualTo("10 nhóm các xã gửi lên, 1 nhóm của tỉnh");
        assertThat(province.provinceGroups().list()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(across.provinceId());
            assertThat(g.wording()).isEqualTo("Sửa đường liên xã");
            assertThat(g.members()).containsExactlyInAnyOrder(fromHoaLac.members().get(0),
                    fromTanPhuc.members().get(0));
        });

        // Two opinions standing alone, chosen in the list, make a second group.
        tab(robot, "Ý kiến của các xã");
        List<ConsolidatedOpinion> alone = list.getItems().stream()
                .filter(o -> o.approved() && province.provinceGroups().grouping().entryOf(
                        ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code())).isEmpty())
                .limit(2).toList();
        // The group column shows the group of a grouped opinion.
        ConsolidatedOpinion grouped = across.opinions().get(0);
        assertThat(groupText(list, grouped)).isEqualTo("Sửa đường liên xã");
        mergeInTheList(robot, list, alone.get(0), alone.get(1), "Nhóm hai ý kiến");

        FxTestSupport.waitUntil(() -> groups.getItems().stream().filter(ProvinceGroupRow::madeAtProvince).count() == 2);
        ProvinceGroupRow second = groups.getItems().get(1);
        assertThat(second.wording()).isEqualTo("Nhóm hai ý kiến");
        assertThat(second.opinions()).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(groups.getSelectionModel().getSelectedItem()).isEqualTo(second);

        // Delete the first: asked first, then gone from the screen and the database; the second keeps its id.
        robot.clickOn(row(robot, groups, 0));
        robot.clickOn("#deleteGroupButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).contains("Xóa 1 nhóm");
        robot.clickOn("Có");

        FxTestSupport.waitUntil(() -> groups.getItems().stream().filter(ProvinceGroupRow::madeAtProvince).count() == 1);
        assertThat(province.provinceGroups().list()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(second.provinceId());
            assertThat(g.wording()).isEqualTo("Nhóm hai ý kiến");
        });
        assertThat(groups.getItems()).hasSize(11).noneMatch(g -> g.wording().equals("Sửa đường liên xã"));
        assertThat(groups.getItems()).extracting(ProvinceGroupRow::key).containsExactlyElementsOf(
                province.provinceGroups().grouping().entries().stream().map(ProvinceGrouping.Entry::key).toList());
        assertThat(text(robot, "#groupSummaryLabel")).isEqualTo("10 nhóm các xã gửi lên, 1 nhóm của tỉnh");
        assertThat(text(robot, "#statusLabel")).contains("Đã xóa 1 nhóm");

        // Back and forth once more: Hòa Lạc shows its groups and the province group holding one of its opinions.
        pick(robot, "#communeBox", "Hòa Lạc");
        boolean hoaLacInSecond = alone.stream().anyMatch(o -> o.communeName().equals("Hòa Lạc"));
        FxTestSupport.waitUntil(() -> groups.getItems().size() == 4 + (hoaLacInSecond ? 1 : 0));
        pick(robot, "#communeBox", "Tất cả");
        FxTestSupport.waitUntil(() -> groups.getItems().size() == 11);
    }

    /**
     * Two opinions taken out of two province groups into a new one leave each old group with one opinion: such a
     * "group" of one opinion stayed, listed as a province group ("Tỉnh | Hòa Lạc | 1") and counted, its wording
     * printed instead of the opinion's. It is now dissolved, as a commune's group left with one opinion is; the
     * other opinion of each stands alone again.
     */
    @Test
    void opinionsTakenFromTwoProvinceGroupsLeaveNoGroupOfOneOpinion(FxRobot robot) {
        TableView<ConsolidatedOpinion> list = openSummary(robot);
        List<ConsolidatedOpinion> alone = list.getItems().stream()
                .filter(o -> o.approved() && province.provinceGroups().grouping().entryOf(member(o)).isEmpty())
                .limit(4).toList();
        List<String> before = province.provinceGroups().list().stream().map(ProvinceGroup::wording).toList();
        province.provinceGroups().create("Nhóm thứ nhất", List.of(member(alone.get(0)), member(alone.get(1))));
        province.provinceGroups().create("Nhóm thứ hai", List.of(member(alone.get(2)), member(alone.get(3))));

        mergeInTheList(robot, list, alone.get(0), alone.get(2), "Nhóm mới của tỉnh");

        FxTestSupport.waitUntil(() -> text(robot, "#statusLabel").contains("Nhóm mới của tỉnh"));
        try {
            List<String> after = new ArrayList<>(before);
            after.add("Nhóm mới của tỉnh");
            assertThat(province.provinceGroups().list()).extracting(ProvinceGroup::wording)
                    .containsExactlyElementsOf(after);
            assertThat(province.provinceGroups().list()).filteredOn(g -> g.wording().equals("Nhóm mới của tỉnh"))
                    .singleElement().satisfies(g -> assertThat(g.members())
                            .containsExactlyInAnyOrder(member(alone.get(0)), member(alone.get(2))));
            assertThat(province.provinceGroups().grouping().entryOf(member(alone.get(1)))).isEmpty();
            assertThat(province.provinceGroups().grouping().entryOf(member(alone.get(3)))).isEmpty();
            FxTestSupport.waitUntil(() -> text(robot, "#groupSummaryLabel")
                    .equals("10 nhóm các xã gửi lên, " + after.size() + " nhóm của tỉnh"));
            tab(robot, "Nhóm ý kiến trùng");
            TableView<ProvinceGroupRow> groups = robot.lookup("#groupTable").queryTableView();
            assertThat(groups.getItems().stream().filter(ProvinceGroupRow::madeAtProvince).map(ProvinceGroupRow::wording)
                    .toList()).containsExactlyInAnyOrderElementsOf(after);
            assertThat(groupText(list, alone.get(1))).isEmpty();
        } finally {
            // the class's other test starts with no province group
            province.provinceGroups().list().stream().filter(g -> !before.contains(g.wording()))
                    .forEach(g -> province.provinceGroups().delete(g.id()));
        }
    }

    /** Opens "Tổng hợp các xã" at the province office and waits for every opinion to be listed. */
    private TableView<ConsolidatedOpinion> openSummary(FxRobot robot) {
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        FxTestSupport.openArea(robot, "#nav-province_summary");
        TableView<ConsolidatedOpinion> list = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> list.getItems().size() == opinions);
        return list;
    }

    /**
     * Chooses the first opinion (found by its code in the search field), then the second with Ctrl in the whole list,
     * and merges them with this wording by Enter.
     */
    private static void mergeInTheList(FxRobot robot, TableView<ConsolidatedOpinion> list, ConsolidatedOpinion first,
            ConsolidatedOpinion second, String wording) {
        robot.clickOn("#searchField").write(first.code());
        FxTestSupport.waitUntil(() -> list.getItems().contains(first) && list.getItems().size() < opinions);
        robot.clickOn(row(robot, list, list.getItems().indexOf(first)));
        robot.clickOn("#searchField").push(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> list.getItems().size() == opinions);
        robot.interact(() -> list.scrollTo(second));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, list, list.getItems().indexOf(second)))
                .release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> list.getSelectionModel().getSelectedItems().containsAll(List.of(first, second)));
        robot.clickOn("#wordingField").push(KeyCode.CONTROL, KeyCode.A).write(wording).push(KeyCode.ENTER);
    }

    private static ProvinceGroupMember member(ConsolidatedOpinion o) {
        return ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static String groupText(TableView<ConsolidatedOpinion> list, ConsolidatedOpinion o) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<ConsolidatedOpinion, String> column =
                (javafx.scene.control.TableColumn<ConsolidatedOpinion, String>) list.getColumns()
                        .get(list.getColumns().size() - 1);
        return column.getCellObservableValue(o).getValue();
    }

    private static void tab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-pane .tab .tab-label").match(LabeledMatchers.hasText(title)).<Node>query());
    }

    /** Types this entry in a filter picker without diacritics, as users often do, and takes it with Enter. */
    private static void pick(FxRobot robot, String box, String label) {
        Choice<?> chosen = Pickers.pick(robot, box, VietText.fold(label));
        assertThat(chosen.label()).isEqualTo(label);
    }

    /** The row of a table showing this index (scrolled into view first). */
    private static <T> Node row(FxRobot robot, TableView<T> table, int index) {
        robot.interact(() -> table.scrollTo(index));
        FxTestSupport.waitUntil(() -> table.lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible()));
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index).findFirst().orElseThrow();
    }
}
