package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.ui.Dialogs;
import org.cutri.grouping.GroupService;
import org.cutri.grouping.GroupSuggestion;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.OpinionDraft;
import org.cutri.round.ContactRound;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The report screen's grouping runs in the background for real: "Dừng" stops the work itself and nothing is
 * stored, and a save made meanwhile is stored at once. The grouping is the real one on a round of some hundred
 * generated opinions; a latch holds it at its first progress report, so every step is certain without timing.
 */
@ExtendWith(ApplicationExtension.class)
class ReportBackgroundWorkTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private HeldGroupService groups;
    private ReportViewModel viewModel;
    private ContactRound round;

    /** The real grouping, held at its first progress report until the test lets it go on. */
    static final class HeldGroupService extends GroupService {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean stoppedByCancel = new AtomicBoolean();
        final AtomicBoolean finished = new AtomicBoolean();
        volatile double lastProgress;
        /** When set, the next reading of the stored groups waits after it has read (a slow, stale reading). */
        volatile CountDownLatch slowRead;
        final CountDownLatch slowReadDone = new CountDownLatch(1);

        HeldGroupService(AppContext context) {
            super(context.database().jdbi(), context.opinions(), context.rounds(), Clock.systemDefaultZone());
        }

        @Override
        public java.util.List<OpinionGroupEntry> list(int roundId) {
            java.util.List<OpinionGroupEntry> read = super.list(roundId);
            CountDownLatch wait = slowRead;
            if (wait != null) {
                slowRead = null;
                slowReadDone.countDown();
                ReportBackgroundWorkTest.await(wait);
            }
            return read;
        }

        @Override
        public java.util.List<GroupSuggestion> suggest(int roundId, TaskMonitor monitor) {
            TaskMonitor holding = new TaskMonitor() {
                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }

                @Override
                public void progress(double done, double total) {
                    lastProgress = done / total;
                    monitor.progress(done, total);
                    if (held.getCount() > 0) {
                        held.countDown();
                        await(release);
                    }
                }
            };
            try {
                java.util.List<GroupSuggestion> found = super.suggest(roundId, holding);
                finished.set(true);
                return found;
            } catch (CancellationException e) {
                stoppedByCancel.set(true);
                throw e;
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo commune with 1,200 generated opinions, made once for the class. */
    @BeforeAll
    static void makeData() {
        try (AppContext made = TestContexts.open(folder.resolve("data"))) {
            made.demo().load(false);
            made.demo().addGeneratedOpinions(1_200);
        }
    }

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data"));
        round = context.rounds().list().stream()
                .max(Comparator.comparingInt(r -> context.opinions().listItems(r.id()).size())).orElseThrow();
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        groups = new HeldGroupService(context);
        viewModel = new ReportViewModel(context.rounds(), context.opinions(), groups, context.reports(),
                context.office(), context.messages(), executor, Clock.systemDefaultZone());
        ReportView view = new ReportView(viewModel, context.messages(), executor, dialogs);
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        groups.release.countDown();
        executor.close();
        context.close();
    }

    private void openRoundAndStartGrouping(FxRobot robot) {
        openRound(robot);
        robot.clickOn("#suggestButton");
        await(groups.held);
    }

    @SuppressWarnings("unchecked")
    private void openRound(FxRobot robot) {
        SearchableComboBox<ReportViewModel.Option> roundBox = robot.lookup("#roundBox").query();
        FxTestSupport.waitUntil(() -> roundBox.getItems().size() == 2);
        robot.interact(() -> roundBox.setValue(roundBox.getItems().stream()
                .filter(o -> o.label().equals(round.name())).findFirst().orElseThrow()));
        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Đã tải") && !robot.lookup("#progressBox").query().isVisible());
    }

    private int storedGroups() {
        return context.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM opinion_group")
                .mapTo(Integer.class).one());
    }

    @Test
    void stopStopsTheGroupingItselfAndNothingIsStoredOrShown(FxRobot robot) {
        int opinionsBefore = context.opinions().listItems(round.id()).size();
        openRoundAndStartGrouping(robot);
        Button cancel = robot.lookup("#stopButton").query();
        ProgressBar progress = robot.lookup("#progressBar").query();
        FxTestSupport.waitUntil(() -> cancel.isVisible() && progress.getProgress() > 0);
        assertThat(progress.getProgress()).as("the bar shows how far it got, not just a moving bar").isLessThan(0.5);

        robot.clickOn(cancel);
        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().equals("Đang dừng…") && cancel.isDisabled());
        groups.release.countDown();

        FxTestSupport.waitUntil(() -> status.getText().equals("Đã dừng tìm gợi ý. Không có gì được lưu hay thay đổi."));
        assertThat(groups.stoppedByCancel).as("the grouping stopped at its next check").isTrue();
        assertThat(groups.finished).isFalse();
        assertThat(groups.lastProgress).as("it stopped in its first step").isLessThan(0.35);
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#suggestButton").queryAs(Button.class).isDisabled()).isFalse();
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        assertThat(tree.getRoot().getChildren()).noneMatch(i -> i.getValue() instanceof GroupWork.Group);
        assertThat(storedGroups()).isZero();
        assertThat(context.opinions().listItems(round.id())).hasSize(opinionsBefore);
    }

    @Test
    void aSaveMadeWhileTheGroupingRunsIsStoredBeforeTheGroupingEnds(FxRobot robot) {
        openRoundAndStartGrouping(robot);
        Meeting meeting = context.meetings().list(round.id()).get(0);
        AtomicBoolean saved = new AtomicBoolean();
        // what the minutes screen's autosave does: one write through the window's executor
        executor.execute(BackgroundTask.run(() -> context.opinions().add(meeting.id(),
                OpinionDraft.of("Đề nghị lắp đèn đường ở ngõ 7 (ghi trong lúc đang gợi ý nhóm)")))
                .onSuccess(v -> saved.set(true)));

        FxTestSupport.waitUntil(saved::get);
        assertThat(groups.release.getCount()).as("the grouping is still held").isEqualTo(1);
        assertThat(context.opinions().listItems(round.id()))
                .anyMatch(o -> o.content().contains("ghi trong lúc đang gợi ý nhóm"));

        groups.release.countDown();
        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Có "));
        assertThat(groups.finished).isTrue();
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        assertThat(tree.getRoot().getChildren()).anyMatch(i -> i.getValue() instanceof GroupWork.Group g
                && !g.accepted());
    }

    @Test
    void theSuggestionsFillTheTreeInOneChangeNotOneNodeAtATime(FxRobot robot) {
        groups.release.countDown();
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        openRound(robot);
        AtomicInteger changes = new AtomicInteger();
        robot.interact(() -> tree.getRoot().addEventHandler(TreeItem.treeNotificationEvent(),
                event -> changes.incrementAndGet()));
        robot.clickOn("#suggestButton");
        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Có "));

        List<GroupWork.Group> suggested = tree.getRoot().getChildren().stream().map(TreeItem::getValue)
                .filter(v -> v instanceof GroupWork.Group g && !g.accepted()).map(v -> (GroupWork.Group) v).toList();
        int members = suggested.stream().mapToInt(g -> g.members().size()).sum();
        assertThat(members).as("a tree of some hundred rows").isGreaterThan(100);
        assertThat(tree.getRoot().getChildren().stream().mapToInt(i -> i.getChildren().size()).sum())
                .isGreaterThanOrEqualTo(members);
        // one change, whatever the number of rows (adding node by node made one per row and froze the window)
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void aSlowOlderReadingNeverCoversANewerOne(FxRobot robot) {
        openRound(robot);
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        List<Integer> ids = context.opinions().listItems(round.id()).stream().limit(2).map(o -> o.id()).toList();

        // a reading that read the groups before the group below was stored, and is slow to finish
        CountDownLatch finishSlowRead = new CountDownLatch(1);
        groups.slowRead = finishSlowRead;
        robot.interact(viewModel::reload);
        await(groups.slowReadDone);
        context.groups().accept(round.id(), ids, "Nhóm lưu khi một lần đọc cũ còn chạy");
        robot.interact(viewModel::reload);
        FxTestSupport.waitUntil(() -> tree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue() instanceof GroupWork.Group g && g.accepted()));

        finishSlowRead.countDown();
        FxTestSupport.waitUntil(() -> !robot.lookup("#progressBox").query().isVisible());
        assertThat(tree.getRoot().getChildren()).as("the older reading did not take the stored group away")
                .anyMatch(i -> i.getValue() instanceof GroupWork.Group g && g.accepted()
                        && g.wording().equals("Nhóm lưu khi một lần đọc cũ còn chạy"));
    }
}
