package org.cutri.hamlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the hamlets screen as a secretary would, keyboard first. */
@ExtendWith(ApplicationExtension.class)
class HamletViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, null));
        context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        Hamlet baiSay = context.hamlets().create(new HamletDraft("Xóm Bãi Sậy", HamletKind.XOM, null, null, null));
        // Xóm Bãi Sậy is in use: a deputy meets its voters.
        org.cutri.council.CouncilTerm term = context.councils().createTerm(2026, 2031);
        org.cutri.deputy.Deputy deputy = context.deputies().create(new org.cutri.deputy.DeputyDraft("Lê Văn Tám",
                org.cutri.council.CouncilLevel.COMMUNE, term.id(), null, null, null));
        context.assignments().set(deputy.id(), baiSay.id(), true);
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void addAHamletWithTheKeyboardOnly(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        startNewHamlet(robot);
        robot.write("Ấp Rạch Gốc");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("Trần Thị Thơm");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        Hamlet stored = context.hamlets().list().stream().filter(h -> h.name().equals("Ấp Rạch Gốc")).findFirst().orElseThrow();
        assertThat(stored.kind()).isEqualTo(HamletKind.AP);
        assertThat(stored.headName()).isEqualTo("Trần Thị Thơm");
    }

    @Test
    void aSavedHamletTakesItsAlphabeticalPlaceAtOnce(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);

        startNewHamlet(robot);
        robot.write("Ấp Rạch Gốc");
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        // As the list reads after the next start (Vietnamese order: Ấ before T before X), not added at the end.
        assertThat(table.getItems()).extracting(Hamlet::name)
                .containsExactly("Ấp Rạch Gốc", "Thôn Đồng Tâm", "Xóm Bãi Sậy", "Xóm Bến")
                .containsExactlyElementsOf(context.hamlets().list().stream().map(Hamlet::name).toList());

        // A renamed hamlet moves to its new place too.
        robot.clickOn("Xóm Bến");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> "Xóm Bến".equals(name.getText()));
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Thôn Bến").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table.getItems().stream().anyMatch(h -> h.name().equals("Thôn Bến")));
        assertThat(table.getItems()).extracting(Hamlet::name)
                .containsExactly("Ấp Rạch Gốc", "Thôn Bến", "Thôn Đồng Tâm", "Xóm Bãi Sậy")
                .containsExactlyElementsOf(context.hamlets().list().stream().map(Hamlet::name).toList());
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Thôn Bến");
    }

    @Test
    void aNameTooLongIsMarkedOnItsFieldAndNothingIsStored(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        TextField head = robot.lookup("#headField").queryAs(TextField.class);

        startNewHamlet(robot);
        robot.write("Thôn Gò Me");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("Nguyễn Văn " + "Bảy ".repeat(60));
        robot.type(KeyCode.ENTER);

        // The head's name is the field too long, and it says so: no "unexpected error", nothing half stored.
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(head).isEmpty());
        assertThat(FxTestSupport.fieldMessage(head)).isEqualTo("Nội dung quá dài: tối đa 200 ký tự.");
        assertThat(FxTestSupport.fieldMessage(name)).isEmpty();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(context.hamlets().list()).hasSize(3);

        robot.clickOn(head).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Nguyễn Văn Bảy").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        assertThat(context.hamlets().list()).filteredOn(h -> h.name().equals("Thôn Gò Me")).singleElement()
                .extracting(Hamlet::headName).isEqualTo("Nguyễn Văn Bảy");
    }

    @Test
    void filteringWithoutDiacriticsFindsXomBen(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#filterField").write("xom ben");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Xóm Bến");
    }

    /** Ctrl+N from the filter, as the secretary starts a new hamlet from the list. */
    private static void startNewHamlet(FxRobot robot) {
        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    }

    private static TableView<Hamlet> openedTable(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void aRefusedNameLeavesNoRedMarkOnceANameIsTyped(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);

        // A save refused for the missing name: the message and the red mark show.
        startNewHamlet(robot);
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(name).isEmpty());
        assertThat(redMarks(name)).isOne();

        // A name typed: both go, and stay gone on the next new hamlet.
        robot.clickOn(name).write("Bản Nà");
        FxTestSupport.waitUntil(() -> FxTestSupport.fieldMessage(name).isEmpty());
        assertThat(redMarks(name)).as("red marks beside a name typed right").isZero();
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEmpty();
        assertThat(redMarks(name)).as("red marks beside the name of a blank new hamlet").isZero();
    }

    /** The error marks drawn beside the field (ControlsFX puts them among the field's own children). */
    private static long redMarks(TextField field) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return FxTestSupport.onFx(() -> {
            field.getScene().getRoot().applyCss();
            field.getScene().getRoot().layout();
            return field.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Label l && l.getGraphic() instanceof javafx.scene.image.ImageView)
                    .filter(javafx.scene.Node::isVisible).count();
        });
    }

    @Test
    void aMissingNameIsSaidInWordsUnderTheFieldAndGoesOnceTyped(FxRobot robot) {
        openedTable(robot);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);

        startNewHamlet(robot);
        robot.clickOn("#saveButton");

        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(name).isEmpty());
        assertThat(FxTestSupport.fieldMessage(name)).isEqualTo("Hãy nhập tên thôn, xóm.");

        robot.clickOn(name).write("Xóm Mới");

        FxTestSupport.waitUntil(() -> FxTestSupport.fieldMessage(name).isEmpty());
        // Nothing of the error stays once the field is right: no message, no tooltip.
        assertThat(name.getTooltip()).isNull();
        assertThat(name.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("invalid"));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aHamletInUseIsRefusedWithTheReasonBeforeAnyQuestion(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);

        robot.clickOn("Xóm Bãi Sậy");
        robot.clickOn("#deleteButton");

        Label error = robot.lookup("#formError").queryAs(Label.class);
        FxTestSupport.waitUntil(error::isVisible);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no 'Xóa?' question first").isEmpty();
        assertThat(error.getText()).contains("Xóm Bãi Sậy").contains("Lê Văn Tám");
        assertThat(table.getItems()).hasSize(3);
        assertThat(context.hamlets().list()).extracting(Hamlet::name).contains("Xóm Bãi Sậy");
    }

    @Test
    void aFreeHamletIsDeletedOnlyOnYesAndEnterMeansNo(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);

        robot.clickOn("Xóm Bến");
        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).contains("Xóm Bến");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(context.hamlets().list()).extracting(Hamlet::name).contains("Xóm Bến");

        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        assertThat(context.hamlets().list()).extracting(Hamlet::name).containsExactly("Thôn Đồng Tâm", "Xóm Bãi Sậy");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Đã xóa: Xóm Bến");
    }

    @Test
    void switchingHamletsBackAndForthShowsEachOnesStoredValuesAndEditsAreStored(FxRobot robot) {
        TableView<Hamlet> table = openedTable(robot);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        TextField head = robot.lookup("#headField").queryAs(TextField.class);

        robot.clickOn("Xóm Bến");
        FxTestSupport.waitUntil(() -> name.getText().equals("Xóm Bến"));
        robot.clickOn(head).write("Hà Văn Thuận").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> context.hamlets().list().stream()
                .anyMatch(h -> "Hà Văn Thuận".equals(h.headName())));

        robot.clickOn("Thôn Đồng Tâm");
        FxTestSupport.waitUntil(() -> name.getText().equals("Thôn Đồng Tâm"));
        assertThat(head.getText()).isEmpty();
        robot.clickOn("Xóm Bến");
        FxTestSupport.waitUntil(() -> name.getText().equals("Xóm Bến"));
        assertThat(head.getText()).isEqualTo("Hà Văn Thuận");
        robot.clickOn("Thôn Đồng Tâm");
        FxTestSupport.waitUntil(() -> name.getText().equals("Thôn Đồng Tâm"));
        assertThat(head.getText()).isEmpty();

        assertThat(table.getItems()).hasSize(3);
        assertThat(context.hamlets().list()).filteredOn(h -> h.name().equals("Thôn Đồng Tâm"))
                .extracting(Hamlet::headName).containsOnlyNulls();
        assertThat(context.hamlets().list()).filteredOn(h -> h.name().equals("Xóm Bến"))
                .extracting(Hamlet::headName).containsExactly("Hà Văn Thuận");
    }
}
