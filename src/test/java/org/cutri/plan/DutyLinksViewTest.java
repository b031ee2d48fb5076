package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.sentiment.PeriodDraft;
import org.cutri.sentiment.SentimentPeriod;
import org.cutri.sentiment.SentimentPeriodKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The duty calendar's rows that lead to other work, as the secretary uses them right after start: a public-sentiment
 * report due opens the public-sentiment screen on its period, a plan's duty tied to a round opens that round (on the
 * rounds screen, on the minutes screen), back and forth; such a sentiment row is not ticked done on the calendar.
 */
@ExtendWith(ApplicationExtension.class)
class DutyLinksViewTest {

    @TempDir
    static Path folder;

    private static final LocalDate TODAY = LocalDate.now();

    private TestWindow window;
    private AppContext context;
    private SentimentPeriod lateReport;
    private SentimentPeriod nextReport;
    private ContactRound spring;
    private ContactRound autumn;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.commune().save(new CommuneProfile("Tân Lập Đông", "Thái Bình Nam", "Tân Lập Đông", "ỦY BAN MTTQ VIỆT NAM",
                "XÃ TÂN LẬP ĐÔNG", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Hoàng Thị Ngọc Lan", null, null));
        lateReport = context.sentiment().createPeriod(new PeriodDraft(SentimentPeriodKind.FREE, "Đợt nắm tình hình mùa lũ",
                "Tình hình Nhân dân mùa lũ", TODAY.minusDays(30), TODAY.minusDays(5), TODAY.minusDays(2), null, null));
        nextReport = context.sentiment().createPeriod(new PeriodDraft(SentimentPeriodKind.FREE, "Đợt nắm tình hình cuối năm",
                "Tình hình Nhân dân cuối năm", TODAY.minusDays(4), TODAY.plusDays(4), TODAY.plusDays(6), null, null));
        // a period already reported is not owed any more
        SentimentPeriod sent = context.sentiment().createPeriod(new PeriodDraft(SentimentPeriodKind.FREE,
                "Đợt nắm tình hình đầu năm", "Tình hình Nhân dân đầu năm", TODAY.minusDays(60), TODAY.minusDays(40),
                TODAY.minusDays(1), null, null));
        context.sentiment().issue(sent.id(), TODAY.minusDays(1));
        spring = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Tiếp xúc chuyên đề đất đai", null,
                null, TODAY.plusDays(10), TODAY.plusDays(12), null, null, null, null));
        autumn = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Tiếp xúc chuyên đề môi trường", null,
                null, TODAY.plusDays(20), TODAY.plusDays(22), null, null, null, null));
        OfficePlan plan = context.plans().create(PlanKind.FREE, null, TODAY.minusDays(10));
        context.plans().updateSections(plan.id(), new PlanSections("Tiếp xúc cử tri chuyên đề", null, null, null, null,
                "Lưu: VT.", null, null));
        context.plans().addDuty(plan.id(), new DutyDraft("Lập lịch tiếp xúc chuyên đề đất đai", "Văn phòng", null, null,
                TODAY.plusDays(1), null, DutyWork.ROUNDS, spring.id()));
        context.plans().addDuty(plan.id(), new DutyDraft("Lập lịch tiếp xúc chuyên đề môi trường", "Văn phòng", null,
                null, TODAY.plusDays(3), null, DutyWork.ROUNDS, autumn.id()));
        context.plans().addDuty(plan.id(), new DutyDraft("Ghi biên bản chuyên đề đất đai", "Thư ký", null, null,
                TODAY.plusDays(8), null, DutyWork.MINUTES, spring.id()));
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private TableView<CalendarEntry> calendarShown(FxRobot robot) {
        if (!robot.lookup("#nav-duties").queryAs(ToggleButton.class).isSelected()) {
            FxTestSupport.openArea(robot, "#nav-duties");
        }
        FxTestSupport.waitUntil(() -> robot.lookup("#dutyTable").tryQuery().isPresent());
        TableView<CalendarEntry> table = robot.lookup("#dutyTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 5);
        return table;
    }

    private void openWork(FxRobot robot, String what) {
        robot.clickOn(what);
        robot.clickOn("#openWorkButton");
    }

    private SentimentPeriod shownPeriod(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#periodTable").tryQuery().isPresent());
        return (SentimentPeriod) robot.lookup("#periodTable").queryTableView().getSelectionModel().getSelectedItem();
    }

    @Test
    void theCalendarListsTheReportsOwedWithTheirDeadlinesAndTheDoneButtonIsOnlyForPlansDuties(FxRobot robot) {
        TableView<CalendarEntry> table = calendarShown(robot);

        assertThat(table.getItems()).extracting(e -> e.duty().what()).containsExactly(
                "Gửi báo cáo tình hình Nhân dân mùa lũ", "Lập lịch tiếp xúc chuyên đề đất đai",
                "Lập lịch tiếp xúc chuyên đề môi trường", "Gửi báo cáo tình hình Nhân dân cuối năm",
                "Ghi biên bản chuyên đề đất đai");
        CalendarEntry late = table.getItems().get(0);
        assertThat(late.state()).isEqualTo(DueState.OVERDUE);
        assertThat(late.daysLate()).isEqualTo(2);
        assertThat(late.plan()).isEqualTo("Tình hình Nhân dân: Đợt nắm tình hình mùa lũ");
        assertThat(robot.lookup("Quá hạn 2 ngày").tryQuery()).isPresent();

        Button done = robot.lookup("#doneButton").queryAs(Button.class);
        robot.clickOn("Gửi báo cáo tình hình Nhân dân mùa lũ");
        assertThat(done.isDisabled()).as("a report is sent on its own screen").isTrue();
        assertThat(robot.lookup("#openButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#openWorkButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("Lập lịch tiếp xúc chuyên đề đất đai");
        assertThat(done.isDisabled()).as("a plan's duty is ticked here").isFalse();
        robot.clickOn("Gửi báo cáo tình hình Nhân dân cuối năm");
        assertThat(done.isDisabled()).isTrue();
        assertThat(robot.lookup("#reminderLabel").queryAs(Label.class).getText())
                .isEqualTo("Nhắc việc: 1 việc quá hạn, 2 việc đến hạn trong 3 ngày tới.");
    }

    @Test
    void aReportOwedOpensThePublicSentimentScreenOnItsPeriodBackAndForth(FxRobot robot) {
        calendarShown(robot);

        openWork(robot, "Gửi báo cáo tình hình Nhân dân cuối năm");
        FxTestSupport.waitUntil(() -> shownPeriod(robot) != null && shownPeriod(robot).id() == nextReport.id());
        assertThat(robot.lookup("#nav-sentiment").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#periodSummary").queryAs(Label.class).getText())
                .contains("Đợt nắm tình hình cuối năm");

        calendarShown(robot);
        openWork(robot, "Gửi báo cáo tình hình Nhân dân mùa lũ");
        FxTestSupport.waitUntil(() -> shownPeriod(robot) != null && shownPeriod(robot).id() == lateReport.id());
        assertThat(robot.lookup("#periodSummary").queryAs(Label.class).getText()).contains("Đợt nắm tình hình mùa lũ");

        calendarShown(robot);
        openWork(robot, "Gửi báo cáo tình hình Nhân dân cuối năm");
        FxTestSupport.waitUntil(() -> shownPeriod(robot) != null && shownPeriod(robot).id() == nextReport.id());
    }

    @Test
    void aDutyOfARoundOpensThatRoundOnItsScreen(FxRobot robot) {
        calendarShown(robot);

        openWork(robot, "Lập lịch tiếp xúc chuyên đề môi trường");
        FxTestSupport.waitUntil(() -> robot.lookup("#roundTable").tryQuery().isPresent());
        TableView<?> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getSelectionModel().getSelectedItem() instanceof ContactRound r
                && r.id() == autumn.id());
        assertThat(robot.lookup("#nav-rounds").queryAs(ToggleButton.class).isSelected()).isTrue();

        calendarShown(robot);
        openWork(robot, "Lập lịch tiếp xúc chuyên đề đất đai");
        FxTestSupport.waitUntil(() -> rounds.getSelectionModel().getSelectedItem() instanceof ContactRound r
                && r.id() == spring.id());

        calendarShown(robot);
        openWork(robot, "Ghi biên bản chuyên đề đất đai");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-meetings").queryAs(ToggleButton.class).isSelected());
        FxTestSupport.waitUntil(() -> robot.lookup("#roundBox").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ComboBoxBase<?> && n.isVisible())
                .map(n -> ((javafx.scene.control.ComboBoxBase<?>) n).getValue())
                .anyMatch(v -> v instanceof ContactRound r && r.id() == spring.id()));
    }
}
