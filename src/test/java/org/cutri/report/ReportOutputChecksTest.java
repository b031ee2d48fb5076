package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.grouping.GroupStatus;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.ReportQuestions;
import org.cutri.testing.Pickers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Before the report is saved, the secretary is asked what the report cannot settle alone: suggested groups
 * not reviewed, opinions typed without diacritics, and the date of a report made before its round is over.
 * The real report screen on the demo commune, saving through a prepared path.
 */
@ExtendWith(ApplicationExtension.class)
class ReportOutputChecksTest {

    /** The day the tests run on: the December round has meetings not held yet, the July round is over. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    static Path folder;
    /** The demo commune loaded once for the class; each test opens a fresh copy of it. */
    private static Path demo;

    private AppContext context;
    private FxTaskExecutor executor;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<Path> targets = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(demo, folder);
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(errors::add);
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        ReportViewModel viewModel = new ReportViewModel(context.rounds(), context.opinions(), context.groups(),
                context.reports(), context.office(), context.messages(), executor, clock);
        ReportView view = new ReportView(viewModel, context.messages(), executor, dialogs,
                (owner, name, filter, pattern) -> {
                    Path target = folder.resolve(System.nanoTime() + "-" + name);
                    targets.add(target);
                    return Optional.of(target);
                });
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
        dialogs.setOwner(stage);
        view.activate();
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
        assertThat(errors).isEmpty();
    }

    private ContactRound round(String part) {
        return context.rounds().list().stream().filter(r -> r.name().contains(part)).findFirst().orElseThrow();
    }

    private static String wordText(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
    }

    private static void waitForDialogButton(FxRobot robot, String id) {
        FxTestSupport.waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
    }

    private long acceptedGroups(ContactRound round) {
        return context.groups().list(round.id()).stream().filter(g -> g.group().status() == GroupStatus.ACCEPTED)
                .count();
    }

    @Test
    void unreviewedGroupsAreOfferedForAcceptanceAndTypedWithoutDiacriticsIsMarkedAndAskedAbout(FxRobot robot)
            throws Exception {
        ContactRound july = round("sau kỳ họp thứ 2");
        Pickers.pick(robot, "#roundBox", "sau ky hop thu 2");
        Label count = robot.lookup("#noDiacriticsLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> count.getText().startsWith("1 ý kiến gõ không dấu"));
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        FxTestSupport.waitUntil(() -> tree.getRoot().getChildren().stream().flatMap(i -> i.getChildren().stream())
                .anyMatch(i -> i.getValue() instanceof GroupWork.Member m && m.content().startsWith("De nghi nao vet")));
        TreeItem<Object> unmarked = tree.getRoot().getChildren().stream().flatMap(i -> i.getChildren().stream())
                .filter(i -> i.getValue() instanceof GroupWork.Member m && m.content().startsWith("De nghi nao vet"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            unmarked.getParent().setExpanded(true); // the secretary opens "Ý kiến đứng riêng"
            tree.scrollTo(tree.getRow(unmarked));
        });
        FxTestSupport.waitUntil(() -> robot.lookup(".report-no-diacritics").queryAll().size() > 1);
        assertThat(robot.lookup(".report-no-diacritics").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TreeCell<?> c && c.getText() != null
                        && c.getText().startsWith("[gõ không dấu]")))
                .as("the opinion typed without diacritics is marked in the list").isNotEmpty();
        assertThat(acceptedGroups(july)).isZero();

        robot.clickOn("#wordButton");
        waitForDialogButton(robot, "#reportUnreviewed1");
        String asked = dialogText(robot);
        assertThat(asked).startsWith("Còn ").contains("nhóm ý kiến cùng nội dung do chương trình gợi ý chưa được xem xét");
        int suggested = Integer.parseInt(asked.substring("Còn ".length(), asked.indexOf(' ', "Còn ".length())));
        assertThat(suggested).isPositive();
        robot.clickOn("#reportUnreviewed1");

        waitForDialogButton(robot, "#confirmYesButton");
        assertThat(dialogText(robot)).startsWith("Có 1 ý kiến gõ không dấu");
        robot.clickOn("#confirmYesButton");

        FxTestSupport.waitUntil(() -> !targets.isEmpty() && Files.exists(targets.get(0)));
        assertThat(acceptedGroups(july)).as("every suggested group stored as accepted").isEqualTo(suggested);
        CompiledReport report = context.reports().compile(july.id(), false);
        assertThat(report.counts().groupsMerged()).isPositive();
        String text = wordText(targets.get(0));
        assertThat(text).contains("sau khi gộp " + report.counts().opinionsMerged() + " ý kiến cùng nội dung thành "
                + report.counts().groupsMerged() + " nội dung, còn " + report.counts().issues() + " nội dung");
        assertThat(text).as("the July round is over: no draft").doesNotContain(ReportDocument.DRAFT);
    }

    @Test
    void aReportBeforeTheRoundIsOverIsMarkedDraftOrDatedOnTheHandInDayAsChosen(FxRobot robot) throws Exception {
        ContactRound december = round("trước kỳ họp thứ 3");
        ReportTiming timing = context.reports().timing(december.id());
        assertThat(timing.meetingsNotHeld()).isPositive();
        Pickers.pick(robot, "#roundBox", "truoc ky hop thu 3");
        FxTestSupport.waitUntil(() -> robot.lookup("#groupTree").queryAs(TreeView.class).getRoot().getChildren()
                .size() > 0);

        robot.clickOn("#wordButton");
        answerUntilDate(robot);
        String asked = dialogText(robot);
        assertThat(asked).contains("Còn " + timing.meetingsNotHeld() + "/" + timing.meetingsPlanned()
                + " hội nghị của đợt chưa tổ chức.");
        robot.clickOn("#reportDate0");
        FxTestSupport.waitUntil(() -> targets.size() == 1 && Files.exists(targets.get(0)));
        String draft = wordText(targets.get(0));
        assertThat(draft).contains(ReportDocument.DRAFT, "ngày 05 tháng 12 năm 2026");

        robot.clickOn("#pdfButton");
        answerUntilDate(robot);
        robot.clickOn("#reportDateCancel");
        robot.clickOn("#wordButton");
        answerUntilDate(robot);
        robot.clickOn("#reportDate1");
        FxTestSupport.waitUntil(() -> targets.size() == 2 && Files.exists(targets.get(1)));
        String dueDay = wordText(targets.get(1));
        assertThat(dueDay).doesNotContain(ReportDocument.DRAFT)
                .contains(org.cutri.commune.DocumentText.date(timing.handIn()));
        assertThat(targets).as("cancelled: no file chosen, none written").hasSize(2);
    }

    /** Answers the questions before the date one (groups: accept all; diacritics: go on) until it is shown. */
    private static void answerUntilDate(FxRobot robot) {
        ReportQuestions.answerUntil(robot, () -> robot.lookup("#reportDate0").tryQuery().isPresent());
    }

    @Test
    void reviewingTheGroupsStopsTheOutputAndSelectsTheFirstSuggestion(FxRobot robot) {
        ContactRound july = round("sau kỳ họp thứ 2");
        Pickers.pick(robot, "#roundBox", "sau ky hop thu 2");
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        FxTestSupport.waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        robot.clickOn("#previewButton");
        waitForDialogButton(robot, "#reportUnreviewed0");
        robot.clickOn("#reportUnreviewed0");
        FxTestSupport.waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(selected.getValue()).isInstanceOfSatisfying(GroupWork.Group.class,
                g -> assertThat(g.accepted()).isFalse());
        assertThat(acceptedGroups(july)).isZero();
        assertThat(Window.getWindows().stream().filter(Window::isShowing)).as("no preview opened").hasSize(1);
    }
}
