package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.common.db.DataPassword;
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

/**
 * The start of the window on password-protected data: the password is asked in place of the screens; a wrong one
 * gets one Vietnamese sentence (no dialog, no technical text), Enter with the right one opens the data; after
 * several wrong ones the user must wait, with the seconds shown.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockWindowTest {

    private static final String PASSWORD = "mat-khau-xa-2026";

    @TempDir
    Path folder;

    private final StartingApplication application = new StartingApplication();
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private void protectedDataWithAHamlet() {
        try (AppContext context = TestContexts.open(folder)) {
            context.hamlets().create(new HamletDraft("Thôn Bí Mật", HamletKind.THON, null, null, null));
            context.database().protect(DataPassword.of(PASSWORD));
        }
    }

    private void startTheWindow(FxRobot robot) {
        application.start(robot, stage, folder, AppContext::open);
        FxTestSupport.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#unlockMessage").queryLabeled().getText();
    }

    private void typeAndEnter(FxRobot robot, String password) {
        robot.clickOn("#passwordField").write(password).type(KeyCode.ENTER);
    }

    @Test
    void aWrongPasswordIsSaidPlainlyThenTheRightOneOpensTheData(FxRobot robot) {
        protectedDataWithAHamlet();
        startTheWindow(robot);

        assertThat(robot.lookup("#nav-hamlets").query().isDisabled()).as("no area before the data is open").isTrue();
        assertThat(robot.lookup("#unlockButton").queryAs(Button.class).isDisabled()).as("nothing typed yet").isTrue();

        typeAndEnter(robot, "mat-khau-sai");
        FxTestSupport.waitUntil(() -> message(robot).startsWith("Mật khẩu không đúng"));

        assertThat(message(robot)).isEqualTo("Mật khẩu không đúng. Hãy gõ lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt).");
        assertThat(robot.lookup("#passwordField").queryAs(TextInputControl.class).getText()).as("emptied").isEmpty();
        assertThat(robot.listWindows().stream().filter(Window::isShowing).toList()).as("no dialog").containsExactly(stage);
        assertThat(application.ended()).as("the program goes on").isFalse();

        typeAndEnter(robot, PASSWORD);

        FxTestSupport.waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent());
        TableView<?> hamlets = robot.lookup(".table-view").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == 1);
        assertThat(hamlets.getItems().get(0).toString()).contains("Thôn Bí Mật");
        assertThat(robot.lookup("#passwordField").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-hamlets").query().isDisabled()).isFalse();
    }

    @Test
    void afterFiveWrongPasswordsTheUserMustWaitAndIsToldHowLong(FxRobot robot) {
        protectedDataWithAHamlet();
        startTheWindow(robot);

        for (int i = 1; i <= 4; i++) {
            typeAndEnter(robot, "sai-lan-" + i);
            int tries = i;
            FxTestSupport.waitUntil(() -> message(robot).startsWith("Mật khẩu không đúng")
                    && !robot.lookup("#passwordField").query().isDisabled()
                    && robot.lookup("#passwordField").queryAs(TextInputControl.class).getText().isEmpty());
            assertThat(message(robot)).as("try %d is free", tries).doesNotContain("đợi");
        }
        typeAndEnter(robot, "sai-lan-5");
        FxTestSupport.waitUntil(() -> message(robot).contains("đợi"));

        assertThat(message(robot)).matches("Mật khẩu không đúng \\(5 lần\\)\\. Hãy đợi (30|29|28) giây rồi thử lại\\.");
        assertThat(robot.lookup("#passwordField").query().isDisabled()).isTrue();
        robot.clickOn("#passwordField").write(PASSWORD).type(KeyCode.ENTER);
        assertThat(robot.lookup("#passwordField").queryAs(TextInputControl.class).getText())
                .as("nothing can be typed while waiting").isEmpty();
        assertThat(robot.lookup("#unlockButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
