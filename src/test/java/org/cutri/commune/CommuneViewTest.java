package org.cutri.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
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

/** Fills in the office profile as the secretary does on the first day, and sees the title change. */
@ExtendWith(ApplicationExtension.class)
class CommuneViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private void openProfile(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-profile");
        TextField symbol = robot.lookup("#symbolCodeField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> "MTTQ-BTT".equals(symbol.getText()));
    }

    @Test
    void typingTheProfileAndPressingEnterSavesItAndPutsTheCommuneInTheTitle(FxRobot robot) {
        assertThat(stage.getTitle()).doesNotContain("Xuân Thành");
        openProfile(robot);
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        // An empty profile is a new form: calm, no message before the user worked on a field.
        assertThat(FxTestSupport.fieldMessage(robot.lookup("#communeNameField").query())).isEmpty();

        robot.clickOn("#communeNameField").write("Xuân Thành");
        robot.type(KeyCode.TAB).write("Hà Tĩnh");

        assertThat(robot.lookup("#headerLine2Field").queryAs(TextField.class).getText()).isEqualTo("XÃ XUÂN THÀNH");
        assertThat(robot.lookup("#placeNameField").queryAs(TextField.class).getText()).isEqualTo("Xuân Thành");
        assertThat(robot.lookup("#numberPreview").queryAs(Label.class).getText()).isEqualTo("Số: 01/KH-MTTQ-BTT");
        assertThat(robot.lookup("#datePreview").queryAs(Label.class).getText()).startsWith("Xuân Thành, ngày ");
        assertThat(save.isDisabled()).isFalse();

        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> stage.getTitle().contains("Xuân Thành"));
        assertThat(context.commune().profile()).get().extracting(CommuneProfile::provinceName).isEqualTo("Hà Tĩnh");
    }

    @Test
    void tabInTheViceChairsBoxMovesOnInsteadOfTypingATab(FxRobot robot) {
        openProfile(robot);
        robot.clickOn("#communeNameField").write("Hòa Lạc Đông");
        robot.type(KeyCode.TAB).write("Quảng Trị");
        robot.clickOn("#chairNameField").write("Lê Văn Tường");
        robot.type(KeyCode.TAB).write("Phan Thị Mận");
        robot.type(KeyCode.TAB).write("Võ Thị Lài");

        TextArea viceChairs = robot.lookup("#viceChairNamesArea").queryAs(TextArea.class);
        TextField secretary = robot.lookup("#secretaryNameField").queryAs(TextField.class);
        assertThat(viceChairs.getText()).isEqualTo("Phan Thị Mận");
        assertThat(secretary.getText()).isEqualTo("Võ Thị Lài");
        assertThat(secretary.isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(viceChairs.isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#chairNameField").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(viceChairs.getText()).isEqualTo("Phan Thị Mận");

        robot.clickOn(secretary).type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> context.commune().profile().isPresent());
        assertThat(context.commune().profile()).get().extracting(CommuneProfile::viceChairNames,
                CommuneProfile::secretaryName).containsExactly("Phan Thị Mận", "Võ Thị Lài");
    }

    @Test
    void aTooLongNameIsMarkedOnItsFieldsAndTheFormKeepsItsWidth(FxRobot robot) {
        openProfile(robot);
        String name = "Hòa Lạc Đông " + "thôn xóm ".repeat(25);
        robot.clickOn("#communeNameField").write(name);
        robot.type(KeyCode.TAB).write("Quảng Trị").type(KeyCode.ENTER);

        // Each field that would be cut says so (the name is proposed for the place and the second header line too),
        // instead of one message for the whole form that names no field.
        for (String field : new String[] {"#communeNameField", "#placeNameField", "#headerLine2Field"}) {
            assertThat(FxTestSupport.fieldMessage(robot.lookup(field).query())).as(field)
                    .isEqualTo("Nội dung quá dài: tối đa 200 ký tự.");
        }
        assertThat(FxTestSupport.fieldMessage(robot.lookup("#provinceNameField").query())).isEmpty();
        assertThat(context.commune().profile()).isEmpty();

        // The header preview wraps: the form is not pushed out of the window, no field is cut.
        ScrollPane scroll = robot.lookup(".scroll-pane").match(n -> ((ScrollPane) n).getContent() != null
                && ((ScrollPane) n).getContent().lookup("#communeNameField") != null).queryAs(ScrollPane.class);
        FxTestSupport.onFx(() -> {
            scroll.layout();
            return null;
        });
        assertThat(scroll.getContent().getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        TextField field = robot.lookup("#communeNameField").queryAs(TextField.class);
        assertThat(field.localToScene(field.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getWidth());
    }

    @Test
    void escapeBringsBackTheStoredProfileAndAnEmptyRequiredFieldIsMarked(FxRobot robot) {
        context.commune().save(new CommuneProfile("Xuân Lộc", "Hà Tĩnh", "Xuân Lộc", "ỦY BAN MTTQ VIỆT NAM",
                "XÃ XUÂN LỘC", "BAN THƯỜNG TRỰC", "MTTQ-BTT", null, null, null));
        FxTestSupport.openArea(robot, "#nav-profile");
        TextField name = robot.lookup("#communeNameField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> "Xuân Lộc".equals(name.getText()));
        FxTestSupport.waitUntil(() -> stage.getTitle().contains("Xuân Lộc"));

        robot.clickOn("#provinceNameField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        assertThat(FxTestSupport.fieldMessage(robot.lookup("#provinceNameField").query()))
                .isEqualTo("Hãy nhập tên tỉnh, thành phố.");
        assertThat(robot.lookup("#provinceNameField").queryAs(TextField.class).getTooltip().getText())
                .isEqualTo("Hãy nhập tên tỉnh, thành phố.");

        robot.type(KeyCode.ESCAPE);

        FxTestSupport.waitUntil(() -> "Hà Tĩnh".equals(robot.lookup("#provinceNameField").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
