package org.cutri.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.deputy.DeputyDraft;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the assignment matrix as a secretary would: click, space, the proposal button. */
@ExtendWith(ApplicationExtension.class)
class AssignmentViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private CouncilTerm term;
    private Hamlet dongTam;
    private Hamlet xomBen;
    private Deputy mai;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        term = context.councils().ensureTerm(2026, 2031);
        Constituency one = context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 1);
        dongTam = context.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, one.id()));
        xomBen = context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        mai = context.deputies().create(new DeputyDraft("Nguyễn Thị Hoa Mai", CouncilLevel.COMMUNE, term.id(), one.id(),
                null, null));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private TableView<AssignmentRow> openMatrix(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-assignments");
        TableView<AssignmentRow> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 2 && table.getColumns().size() == 3);
        return table;
    }

    @Test
    void clickingACellAssignsTheDeputyAndStoresIt(FxRobot robot) {
        TableView<AssignmentRow> table = openMatrix(robot);
        Label warning = robot.lookup(".assignment-warning").queryAs(Label.class);
        assertThat(warning.getText()).contains("Thôn Đồng Tâm", "Xóm Bến");

        robot.clickOn("#cell-" + xomBen.id() + "-" + mai.id());

        FxTestSupport.waitUntil(() -> context.assignments().assigned(term.id())
                .contains(new Assignment(mai.id(), xomBen.id())));
        FxTestSupport.waitUntil(() -> !warning.getText().contains("Xóm Bến"));
        assertThat(robot.lookup("#cell-" + xomBen.id() + "-" + mai.id()).queryAs(javafx.scene.control.CheckBox.class)
                .getParent().getStyleClass()).contains("assignment-assigned-extra");
        assertThat(table.getItems().get(1).deputyCountProperty().get()).isEqualTo(1);
    }

    @Test
    void spaceTogglesTheFocusedCellAndTheFilterIgnoresDiacritics(FxRobot robot) {
        TableView<AssignmentRow> table = openMatrix(robot);
        robot.clickOn("#filterField").write("dong tam");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);

        @SuppressWarnings("unchecked")
        TableColumn<AssignmentRow, ?> deputyColumn = (TableColumn<AssignmentRow, ?>) table.getColumns().get(2).getColumns().get(0);
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(0, deputyColumn);
        });
        robot.type(KeyCode.SPACE);

        FxTestSupport.waitUntil(() -> context.assignments().assigned(term.id())
                .contains(new Assignment(mai.id(), dongTam.id())));
        robot.type(KeyCode.SPACE);
        FxTestSupport.waitUntil(() -> context.assignments().assigned(term.id()).isEmpty());
    }

    @Test
    void theProposalButtonAssignsByConstituency(FxRobot robot) {
        openMatrix(robot);

        robot.clickOn("Đề xuất theo đơn vị bầu cử");

        FxTestSupport.waitUntil(() -> context.assignments().assigned(term.id())
                .contains(new Assignment(mai.id(), dongTam.id())));
        assertThat(context.assignments().assigned(term.id())).hasSize(1);
        FxTestSupport.waitUntil(() -> robot.lookup("#cell-" + dongTam.id() + "-" + mai.id())
                .queryAs(javafx.scene.control.CheckBox.class).isSelected());
    }
}
