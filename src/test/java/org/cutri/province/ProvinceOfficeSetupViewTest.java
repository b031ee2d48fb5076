package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.stage.Stage;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.Forwarding;
import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.cli.CutriCommand;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeSettings;
import org.cutri.provinceanswer.ProvinceAnswerIssue;
import org.cutri.provinceanswer.ProvinceAnswerService;
import org.cutri.round.ContactRound;
import org.cutri.testing.CommandLines;
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
 * A fresh data folder becomes the province office from the first-start question; the sidebar follows, and the
 * province names itself in the answers it sends back.
 */
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

    /**
     * A province set up with "Đây là văn phòng cấp tỉnh" had no name: its return package said "Tỉnh null" and the
     * commune's first import of it (province key not yet trusted) ended in "Lỗi không mong đợi". The package now names
     * the province the commune reports to, and the commune is asked to compare the key of "tỉnh An Sơn".
     */
    @Test
    void aProvinceSetUpFromTheFirstStartQuestionNamesItselfInTheAnswersItSendsBack(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#provinceOfficeButton").tryQuery().isPresent());
        robot.clickOn("#provinceOfficeButton");
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);

        Path commune = folder.resolve("xa-" + System.nanoTime());
        Path communePackage = folder.resolve("goi-" + System.nanoTime() + ".zip");
        try (AppContext c = TestContexts.open(commune)) {
            c.demo().load(false, true);
            ContactRound july = c.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                    .orElseThrow();
            Files.write(communePackage, c.packageExporter().export(july.id(), false, List.of()).bytes());
        }
        assertThat(context.packageImporter().importAll(List.of(communePackage), Approvals.of(true, false)))
                .allMatch(s -> s.outcome() == PackageImportSummary.Outcome.NEW);
        ProvinceAnswerService answers = context.provinceAnswers();
        ProvinceAnswerIssue issue = answers.issues().get(0);
        LocalDate forwarded = issue.lastRaisedOn().plusDays(2);
        answers.answer(answers.forward(issue, new Forwarding("Sở Xây dựng", "12/MTTQ-BTT", forwarded)),
                new Answer("Sở Xây dựng", "40/SXD", forwarded.plusDays(10), "Đã bố trí vốn trong năm 2026.",
                        AnswerResult.ACTION));
        Path returned = folder.resolve("tra-loi-" + System.nanoTime() + ".zip");
        Files.write(returned, context.returnPackages().build("tan-phuc").bytes());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLines.run(new String[] {"--data-dir", commune.toString(), "package", "import",
            returned.toString(), "--dry-run"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String shown = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(shown).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(shown).contains("\tREFUSED\tGói trả lời đầu tiên của tỉnh An Sơn: xã chưa tin khóa của tỉnh.")
                .doesNotContain("null").doesNotContain("Lỗi không mong đợi");
        try (AppContext c = TestContexts.open(commune)) {
            int trusted = c.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trusted_province_key")
                    .mapTo(Integer.class).one());
            assertThat(trusted).as("nothing stored by a dry run").isZero();
        }
    }
}
