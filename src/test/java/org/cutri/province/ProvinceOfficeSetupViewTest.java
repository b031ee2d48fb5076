package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeSettings;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A fresh data folder becomes the province office from the first-start question; the sidebar follows. */
@ExtendWith(ApplicationExtension.class)
class ProvinceOfficeSetupViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private MainView view;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        view = MainWindow.open(stage, context, executor, dialogs);
        MainWindow.offerDemoWhenEmpty(view);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void choosingTheProvinceOfficeShowsOnlyTheProvinceAreas(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#provinceOfficeButton").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-province_import").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-hamlets").query().isVisible()).isTrue();

        robot.clickOn("#provinceOfficeButton");

        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        assertThat(context.office().stored()).map(OfficeSettings::officeKind).contains(OfficeKind.PROVINCE);
        assertThat(robot.lookup("#nav-province_import").query().isVisible()).isTrue();
        assertThat(robot.lookup("#nav-province_summary").query().isVisible()).isTrue();
        assertThat(robot.lookup("#nav-hamlets").query().isVisible()).isFalse();
        assertThat(robot.lookup("#importRegisterButton").query().isVisible()).isFalse();
        FxTestSupport.waitUntil(() -> robot.lookup("#checkButton").tryQuery().isPresent()
                && robot.lookup("#checkButton").query().isVisible());
        assertThat(context.demo().isEmpty()).isTrue();
    }
}
