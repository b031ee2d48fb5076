package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.commune.CommuneProfile;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start screen in English counts as English does: "Overdue 1 day", "1 duty overdue" (once "1 days"). */
@ExtendWith(ApplicationExtension.class)
class DutiesEnglishViewTest {

    @TempDir
    static Path folder;

    private static final LocalDate TODAY = LocalDate.now();

    private TestWindow window;

    @Start
    void start(Stage stage) {
        AppContext context = AppContext.open(folder.resolve("data-" + System.nanoTime()), Messages.load(Locale.ENGLISH));
        context.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA LẠC",
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
        OfficePlan plan = context.plans().create(PlanKind.FREE, null, TODAY.minusDays(10));
        context.plans().addDuty(plan.id(), new DutyDraft("Báo cáo công tác tuần trước", "Văn phòng", null, null,
                TODAY.minusDays(1), null));
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void oneDutyOneDayLateIsSaidInTheSingular(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#dutyTable").tryQuery().isPresent());
        TableView<CalendarEntry> table = robot.lookup("#dutyTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);

        Label reminder = robot.lookup("#reminderLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(reminder::isVisible);
        assertThat(reminder.getText()).isEqualTo("Reminder: 1 duty overdue, 0 due within 3 days.");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("1 duty overdue");
        assertThat(robot.lookup("Overdue 1 day").tryQuery()).isPresent();
        assertThat(robot.lookup("Overdue 1 days").tryQuery()).isEmpty();
    }
}
