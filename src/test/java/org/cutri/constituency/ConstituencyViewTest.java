package org.cutri.constituency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.DeputyDraft;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the constituencies screen as a secretary would. */
@ExtendWith(ApplicationExtension.class)
class ConstituencyViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private CouncilTerm term;
    private Constituency one;
    private Constituency two;
    private int xomBen;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        term = context.councils().ensureTerm(2026, 2031);
        int thonDong = context.hamlets().create(new HamletDraft("Thôn Đông", HamletKind.THON, null, null, null)).id();
        xomBen = context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null)).id();
        context.hamlets().create(new HamletDraft("Ấp Mới", HamletKind.AP, null, null, null));
        one = context.constituencies().create(new ConstituencyDraft(term.id(), CouncilLevel.COMMUNE, 1, "Phía bắc",
                List.of(thonDong, xomBen)));
        two = context.constituencies().create(new ConstituencyDraft(term.id(), CouncilLevel.COMMUNE, 2, "Phía nam",
                List.of()));
        context.deputies().create(new DeputyDraft("Nguyễn Văn Hùng", CouncilLevel.COMMUNE, term.id(), one.id(),
                "Chủ tịch UBND xã", null));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @BeforeEach
    void openScreen(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-constituencies");
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private static TableView<Constituency> table(FxRobot robot) {
        TableView<Constituency> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        return table;
    }

    private static void clickRow(FxRobot robot, Predicate<Constituency> which) {
        Node row = robot.lookup(".table-row-cell").match((Node node) -> node instanceof TableRow<?> r
                && r.getItem() instanceof Constituency c && which.test(c)).query();
        robot.clickOn(row);
    }

    @Test
    void listShowsTheTermsConstituenciesWithTheirCounts(FxRobot robot) {
        TableView<Constituency> table = table(robot);

        assertThat(table.getItems()).extracting(Constituency::number).containsExactly(1, 2);
        assertThat(table.getItems().get(0).hamletCount()).isEqualTo(2);
        assertThat(table.getItems().get(0).deputyCount()).isEqualTo(1);
        assertThat(robot.lookup("2026–2031").tryQuery()).isPresent();

        robot.clickOn("#filterField").write("phia nam");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).number()).isEqualTo(2);
    }

    @Test
    void aRefusedDeleteShowsTheReasonWithoutAsking(FxRobot robot) {
        TableView<Constituency> table = table(robot);
        clickRow(robot, c -> c.number() == 1);
        robot.clickOn("#deleteButton");

        Label error = robot.lookup("#formError").queryAs(Label.class);
        FxTestSupport.waitUntil(error::isVisible);
        // Checked first: no "Xóa?" question for a constituency that cannot go.
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(error.getText()).contains("Không xóa được đơn vị số 1").contains("1 đại biểu")
                .contains("Nguyễn Văn Hùng").contains("2 thôn, xóm").contains("Thôn Đông").contains("Xóm Bến");
        assertThat(table.getItems()).hasSize(2);
        assertThat(context.constituencies().list(term.id())).hasSize(2);
    }

    @Test
    void theHamletsAreTickedWithTabArrowsAndSpaceOnly(FxRobot robot) {
        TableView<Constituency> table = table(robot);
        ListView<HamletChoice> hamlets = robot.lookup("#hamletList").queryListView();

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.type(KeyCode.TAB).write("3");
        robot.type(KeyCode.TAB).write("Ven sông");
        robot.type(KeyCode.TAB);
        // Tab lands on the list itself (not on a box inside one row), so the arrows move along the hamlets.
        FxTestSupport.waitUntil(hamlets::isFocused);
        robot.type(KeyCode.SPACE);                               // Ấp Mới
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE);   // Xóm Bến
        assertThat(hamlets.isFocused()).isTrue();
        assertThat(robot.lookup("#hamletSummary").queryAs(Label.class).getText()).isEqualTo("Đã chọn 2/3 thôn, xóm");
        // The next Tab leaves the list for the Save button, not for the tick box of one row after another.
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#saveButton").queryButton().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        Constituency stored = context.constituencies().find(term.id(), CouncilLevel.COMMUNE, 3).orElseThrow();
        assertThat(stored.description()).isEqualTo("Ven sông");
        int apMoi = context.hamlets().list().stream().filter(h -> h.name().equals("Ấp Mới")).findFirst().orElseThrow()
                .id();
        assertThat(context.constituencies().hamletIds(stored.id())).containsExactlyInAnyOrder(apMoi, xomBen);
    }

    @Test
    void aProvinceConstituencyCoveringTheWholeCommuneIsAddedWithSelectAll(FxRobot robot) {
        TableView<Constituency> table = table(robot);

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("tinh");              // level: HĐND xã → HĐND tỉnh, typed without diacritics (Tab takes it)
        robot.type(KeyCode.TAB).write("3");
        robot.type(KeyCode.TAB).write("Cả xã");
        robot.clickOn("Chọn tất cả");
        assertThat(robot.lookup("#hamletSummary").queryAs(Label.class).getText()).isEqualTo("Đã chọn 3/3 thôn, xóm");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        Constituency stored = context.constituencies().find(term.id(), CouncilLevel.PROVINCE, 3).orElseThrow();
        assertThat(stored.description()).isEqualTo("Cả xã");
        assertThat(stored.hamletCount()).isEqualTo(3);
        // The commune constituencies keep their hamlets: levels are separate.
        assertThat(context.constituencies().hamletIds(one.id())).hasSize(2);
    }

    @Test
    void tickingAHamletOfAnotherCommuneConstituencySaysItMovesAndMovesIt(FxRobot robot) {
        TableView<Constituency> table = table(robot);
        clickRow(robot, c -> c.number() == 2);
        ListView<HamletChoice> hamlets = robot.lookup("#hamletList").queryListView();
        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == 3);

        robot.clickOn("Xóm Bến (đang thuộc đơn vị số 1)").type(KeyCode.SPACE);
        Label note = robot.lookup("#movingNote").queryAs(Label.class);
        FxTestSupport.waitUntil(note::isVisible);
        assertThat(note.getText()).contains("Xóm Bến (từ đơn vị số 1)");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().stream().anyMatch(c -> c.number() == 1 && c.hamletCount() == 1));
        assertThat(context.constituencies().hamletIds(two.id())).containsExactly(xomBen);
        assertThat(context.constituencies().hamletIds(one.id())).doesNotContain(xomBen);
    }

    @Test
    void aDuplicateNumberIsMarkedAndNotStored(FxRobot robot) {
        TableView<Constituency> table = table(robot);

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.type(KeyCode.TAB).write("2");
        robot.type(KeyCode.ENTER);

        TextField number = robot.lookup("#numberField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> number.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertThat(number.getTooltip().getText()).contains("đã có đơn vị bầu cử số 2 của HĐND xã");
        assertThat(table.getItems()).hasSize(2);
        assertThat(context.constituencies().list(term.id())).hasSize(2);
    }

    private static List<String> ticked(FxRobot robot) {
        ListView<HamletChoice> hamlets = robot.lookup("#hamletList").queryListView();
        return FxTestSupport.onFx(() -> hamlets.getItems().stream().filter(HamletChoice::isChecked)
                .map(HamletChoice::name).toList());
    }

    @Test
    void switchingBackAndForthShowsEachOnesHamletsThenAnEditAndADeleteAreStored(FxRobot robot) {
        TableView<Constituency> table = table(robot);
        TextField description = robot.lookup("#descriptionField").queryAs(TextField.class);

        clickRow(robot, c -> c.number() == 1);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía bắc"));
        assertThat(ticked(robot)).containsExactlyInAnyOrder("Thôn Đông", "Xóm Bến");
        clickRow(robot, c -> c.number() == 2);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía nam"));
        assertThat(ticked(robot)).isEmpty();
        clickRow(robot, c -> c.number() == 1);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía bắc"));
        assertThat(ticked(robot)).containsExactlyInAnyOrder("Thôn Đông", "Xóm Bến");

        clickRow(robot, c -> c.number() == 2);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía nam"));
        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Phía nam và tây").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> context.constituencies().list(term.id()).stream()
                .anyMatch(c -> "Phía nam và tây".equals(c.description())));
        clickRow(robot, c -> c.number() == 1);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía bắc"));
        clickRow(robot, c -> c.number() == 2);
        FxTestSupport.waitUntil(() -> description.getText().equals("Phía nam và tây"));

        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(context.constituencies().list(term.id())).extracting(Constituency::number).containsExactly(1);
        assertThat(ticked(robot)).isEmpty();
        assertThat(robot.lookup("#formTitle").queryAs(Label.class).getText()).isEqualTo("Thêm đơn vị bầu cử mới");
    }
}
