package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.ui.Dialogs;
import org.cutri.report.GroupWork;
import org.cutri.report.ReportService;
import org.cutri.report.ReportView;
import org.cutri.report.ReportViewModel;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Hold;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the province, "Dừng" on the same-issue suggestion stops the grouping inside its loops (issue 7), as at a
 * commune: nothing is stored or shown. The real grouping runs over two communes' packages and is held at its
 * first progress report past the start, so each step is certain without timing.
 */
@ExtendWith(ApplicationExtension.class)
class ProvinceSuggestionStopTest {

    @TempDir
    static Path folder;

    private static Path data;

    private AppContext province;
    private FxTaskExecutor executor;
    private HeldProvinceReports held;

    /** The real province report service; its suggestion holds at the grouping's first progress report. */
    static final class HeldProvinceReports extends ProvinceReportService {
        final Hold hold = new Hold();
        final AtomicBoolean stoppedByCancel = new AtomicBoolean();
        final AtomicBoolean finished = new AtomicBoolean();

        HeldProvinceReports(AppContext c) {
            super(c.database().jdbi(), c.importedPackages(), c.provinceGroups(), c.opinions(), c.commune());
        }

        @Override
        public List<Suggestion> suggest(ProvinceRoundSet set, Set<ProvinceGroupMember> taken, TaskMonitor monitor) {
            try {
                List<Suggestion> found = super.suggest(set, taken, hold.atFirstProgress(monitor));
                finished.set(true);
                return found;
            } catch (CancellationException e) {
                stoppedByCancel.set(true);
                throw e;
            }
        }
    }

    /** Two communes send their packages (with groups) and the province imports them. */
    @BeforeAll
    static void importTwoCommunes() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        List<Path> files = new ArrayList<>(CommunePackages.write(folder.resolve("tan-phuc"), usb, null, 1).files());
        files.addAll(CommunePackages.write(folder.resolve("hoa-lac"), usb, "Hòa Lạc", 1).files());
        data = folder.resolve("tinh");
        try (AppContext importing = TestContexts.open(data)) {
            assertThat(importing.packageImporter().importAll(files, Approvals.of(true, false))).noneMatch(PackageImportSummary::refused);
        }
    }

    @Start
    void start(Stage stage) {
        province = TestContexts.open(data);
        Dialogs dialogs = new Dialogs(province.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        held = new HeldProvinceReports(province);
        ReportService reports = new ReportService(province.database().jdbi(), province.rounds(), province.meetings(),
                province.opinions(), province.groups(), province.commune(), province.documentNumbers(), held);
        ReportViewModel viewModel = new ReportViewModel(province.rounds(), province.opinions(), province.groups(),
                reports, province.office(), province.messages(), executor, Clock.systemDefaultZone());
        ReportView view = new ReportView(viewModel, province.messages(), executor, dialogs);
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        held.hold.release();
        executor.close();
        province.close();
    }

    private static void waitForTheRound(java.util.function.BooleanSupplier loaded) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(loaded::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The round was not read in 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int stored(String table) {
        return province.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    @Test
    void stopStopsTheProvinceGroupingInsideItsLoopsAndNothingIsStored(FxRobot robot) {
        Label status = robot.lookup("#statusLabel").query();
        ProgressBar progress = robot.lookup("#progressBar").query();
        // reading two communes' rounds can take more than the usual 10 s on a busy machine
        waitForTheRound(() -> status.getText().startsWith("Đã tải") && !robot.lookup("#progressBox").query().isVisible());
        int groupsBefore = stored("province_group");
        int membersBefore = stored("province_group_member");
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        int shownBefore = tree.getRoot().getChildren().size();

        robot.clickOn("#suggestButton");
        held.hold.awaitReached();
        Button cancel = robot.lookup("#stopButton").query();
        FxTestSupport.waitUntil(() -> cancel.isVisible() && progress.getProgress() > 0);
        robot.clickOn(cancel);
        FxTestSupport.waitUntil(() -> status.getText().equals("Đang dừng…") && cancel.isDisabled());
        held.hold.release();

        FxTestSupport.waitUntil(() -> status.getText().equals("Đã dừng tìm gợi ý. Không có gì được lưu hay thay đổi."));
        assertThat(held.stoppedByCancel).as("the grouping stopped at its next check").isTrue();
        assertThat(held.finished).isFalse();
        assertThat(held.hold.reportsAfterStop()).as("no progress after the stop").isZero();
        assertThat(robot.lookup("#progressBox").query().isVisible()).as("the progress strip is gone").isFalse();
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#suggestButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(tree.getRoot().getChildren()).hasSize(shownBefore)
                .noneMatch(i -> i.getValue() instanceof GroupWork.Group g && !g.accepted());
        assertThat(stored("province_group")).isEqualTo(groupsBefore);
        assertThat(stored("province_group_member")).isEqualTo(membersBefore);
    }
}
