package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.answer.FollowUpCounts;
import org.cutri.app.AppContext;
import org.cutri.round.ContactRound;
import org.cutri.testing.AnswerFixture;
import org.cutri.testing.DemoData;
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

/**
 * The answers' follow-up in the window: the chart on the rounds screen shows the chosen round's counts per
 * authority and follows the round chosen; the reports screen opens the read-back report in the preview.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpWindowTest {

    @TempDir
    static Path folder;
    private static Path template;
    private static int july;
    private static int december;
    private static int march;

    private TestWindow window;
    private AppContext context;

    @BeforeAll
    static void prepare() {
        template = folder.resolve("template");
        try (AppContext data = TestContexts.open(template)) {
            data.demo().load(false, true);
            AnswerFixture fixture = new AnswerFixture(data);
            july = fixture.july.id();
            december = fixture.december.id();
            march = fixture.march.id();
        }
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(template, folder);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theChartShowsTheChosenRoundsCountsAndChangesWithTheRound(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().size() == 3);
        robot.clickOn("Theo dõi trả lời");
        BarChart<String, Number> chart = robot.lookup("#followUpChart").query();

        choose(robot, july);
        Map<String, List<Integer>> julyShown = waitForBars(chart, july);
        assertThat(julyShown.get("Xã").get(4)).as("overdue at the commune").isGreaterThanOrEqualTo(1);
        assertThat(robot.lookup("#followUpMessage").queryLabeled().getText()).startsWith("Cả đợt: ")
                .contains("quá hạn chưa trả lời " + total(july).overdue());

        choose(robot, december);
        Map<String, List<Integer>> decemberShown = waitForBars(chart, december);
        assertThat(decemberShown).isNotEqualTo(julyShown);

        choose(robot, march);
        FxTestSupport.waitUntil(() -> robot.lookup("#followUpMessage").queryLabeled().getText()
                .startsWith("Đợt này chưa có ý kiến, kiến nghị nào được cử tri tán thành"));
        assertThat(chart.getData()).as("no bars for a round without approved opinions").isEmpty();
        assertThat(chart.isVisible()).isFalse();

        choose(robot, july);
        assertThat(waitForBars(chart, july)).isEqualTo(julyShown);
    }

    @Test
    void theReportsScreenOpensTheReadBackReportInThePreviewAsADraftWithoutTakingANumber(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-reports");
        Pickers.pick(robot, "#roundBox", "sau ky hop thu 2");
        FxTestSupport.waitUntil(() -> !robot.lookup("#answersButton").queryButton().isDisabled());
        robot.clickOn("#answersButton");

        FxTestSupport.waitUntil(() -> robot.lookup("#page-1").tryQuery().isPresent());
        Stage preview = (Stage) robot.lookup("#page-1").query().getScene().getWindow();
        assertThat(preview.getTitle()).startsWith("Xem trước").contains("Kết quả giải quyết, trả lời ý kiến");
        // a preview is a draft print: the number is taken only by "Ban hành" (decision 0045, ReportIssueFlowTest)
        assertThat(stored(july)).as("no number taken by a preview").isZero();
        robot.interact(preview::close);
    }

    /** Picks the round in the rounds table, as the secretary clicks it. */
    private static void choose(FxRobot robot, int roundId) {
        robot.clickOn(robot.lookup("#roundTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof ContactRound round && round.id() == roundId).findFirst()
                .orElseThrow());
    }

    /** Waits until the chart shows the round's stored counts, and returns what it shows by authority. */
    private Map<String, List<Integer>> waitForBars(BarChart<String, Number> chart, int roundId) {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        for (FollowUpCounts c : context.followUps().counts(roundId, LocalDate.now())) {
            if (c.authority() != null) {
                expected.put(context.messages().label(c.authority()), AnswerReportDocument.values(c));
            }
        }
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(() -> shown(chart)).equals(expected));
        return expected;
    }

    private static Map<String, List<Integer>> shown(BarChart<String, Number> chart) {
        Map<String, List<Integer>> bars = new LinkedHashMap<>();
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                bars.computeIfAbsent(bar.getXValue(), k -> new java.util.ArrayList<>()).add(bar.getYValue().intValue());
            }
        }
        return bars;
    }

    private FollowUpCounts total(int roundId) {
        List<FollowUpCounts> counts = context.followUps().counts(roundId, LocalDate.now());
        return counts.get(counts.size() - 1);
    }

    private int stored(int roundId) {
        return context.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM answer_report_issue WHERE round_id = :r").bind("r", roundId).mapTo(Integer.class)
                .one());
    }
}
