package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.ReportQuestions;
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
 * "Ban hành báo cáo…" on the report screen of the demo commune (decision 0045): a preview before it takes no number
 * and prints the number blank; the issue asks with the number and the date, registers the report and every print
 * then carries the number; the number cancelled on the register's screen makes the report a draft again.
 */
@ExtendWith(ApplicationExtension.class)
class ReportIssueFlowTest {

    @TempDir
    static Path folder;
    /** The demo commune, made once before the window opens (making it inside the start takes too long). */
    private static Path demo;

    private AppContext context;
    private TestWindow window;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(demo, folder);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void previewIssueAndCancelInTheRegister(FxRobot robot) {
        ContactRound december = context.rounds().list().stream().filter(r -> r.name().contains("trước kỳ họp thứ 3"))
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        int registered = context.documentRegister().list(year).size();
        FxTestSupport.openArea(robot, "#nav-reports");
        Pickers.pick(robot, "#roundBox", "truoc ky hop thu 3");
        Label state = robot.lookup("#issueStateLabel").queryAs(Label.class);
        Button issue = robot.lookup("#issueReportButton").queryButton();
        FxTestSupport.waitUntil(() -> state.getText().startsWith("Báo cáo tổng hợp: chưa ban hành") && !issue.isDisabled());

        // the preview of a report not issued: no number taken, the number printed blank
        FxTestSupport.waitUntil(() -> !robot.lookup("#previewButton").queryButton().isDisabled());
        robot.clickOn("#previewButton");
        ReportQuestions.answerUntil(robot, () -> robot.lookup("#page-1").tryQuery().isPresent());
        robot.interact(() -> ((Stage) robot.lookup("#page-1").query().getScene().getWindow()).close());
        assertThat(context.reports().issued(december.id())).isEmpty();
        assertThat(context.documentRegister().list(year)).hasSize(registered);
        assertThat(header(december)).isEqualTo("Số:      /BC-MTTQ-BTT");

        // "Ban hành báo cáo…" names the number and the date it will take
        String symbol = String.format("%02d/BC-MTTQ-BTT", context.documentRegister().nextNumber(year));
        robot.clickOn("#issueReportButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains(december.name()).contains("số " + symbol + ", ngày " + DateText.format(today));
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> state.getText().startsWith("Báo cáo tổng hợp số " + symbol + ", ban hành ngày "
                + DateText.format(today)));
        FxTestSupport.waitUntil(issue::isDisabled);
        ReportIssue issued = context.reports().issued(december.id()).orElseThrow();
        RegisteredDocument line = context.documentRegister().find(year, issued.number()).orElseThrow();
        assertThat(line.symbol()).isEqualTo(symbol);
        assertThat(line.source()).isEqualTo("round-report:" + december.id());
        assertThat(context.documentRegister().list(year)).hasSize(registered + 1);
        assertThat(header(december)).as("every print now carries it").isEqualTo("Số: " + symbol);

        // cancelled on the register's screen: back on the report screen it is a draft again
        FxTestSupport.openArea(robot, "#nav-documents");
        TableView<RegisteredDocument> register = robot.lookup("#documentTable").queryTableView();
        FxTestSupport.waitUntil(() -> register.getItems().stream().anyMatch(d -> d.symbol().equals(symbol)));
        FxTestSupport.onFx(() -> {
            register.getSelectionModel().select(register.getItems().stream().filter(d -> d.symbol().equals(symbol))
                    .findFirst().orElseThrow());
            return null;
        });
        robot.clickOn("#reasonField").write("Còn ba hội nghị chưa tổ chức");
        robot.clickOn("#cancelNumberButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> context.documentRegister().find(year, issued.number()).orElseThrow().cancelled());
        FxTestSupport.openArea(robot, "#nav-reports");
        Label again = robot.lookup("#issueStateLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> again.getText().startsWith("Báo cáo tổng hợp: chưa ban hành"));
        Button issueAgain = robot.lookup("#issueReportButton").queryButton();
        FxTestSupport.waitUntil(() -> !issueAgain.isDisabled()); // offered again once the round is read
        assertThat(context.reports().issued(december.id())).isEmpty();
        assertThat(header(december)).isEqualTo("Số:      /BC-MTTQ-BTT");
    }

    private String header(ContactRound round) {
        return context.reports().prepare(round.id(), false, LocalDate.now(), TaskMonitor.NONE).document().header()
                .number();
    }
}
