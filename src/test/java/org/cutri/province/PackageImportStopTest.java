package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.ui.Dialogs;
import org.cutri.exchange.PackageReader;
import org.cutri.exchange.ReadPackage;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.province.PackageImportViewModel.Row;
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

/**
 * "Dừng" on the province's import screen (issue 7) stops the import inside the package it is storing: the
 * transaction is rolled back, the database is as before, and the same packages import afterwards. The store is
 * held at its first check, after it has written the package's first rows, until the test has clicked "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class PackageImportStopTest {

    @TempDir
    static Path shared;

    private static List<Path> files;

    @TempDir
    Path folder;

    private AppContext province;
    private FxTaskExecutor executor;
    private HeldStore store;

    /** The real store; its first check inside the transaction holds until released. */
    static final class HeldStore extends ImportedPackageService {
        final Hold hold = new Hold();
        final AtomicBoolean rolledBack = new AtomicBoolean();

        HeldStore(AppContext c) {
            super(c.database().jdbi(), Clock.systemDefaultZone());
        }

        @Override
        public Outcome store(ReadPackage p, java.util.function.Consumer<Outcome> setUp, Approvals approvals,
                TaskMonitor monitor) {
            try {
                return super.store(p, setUp, approvals, hold.atFirstCheck(monitor));
            } catch (CancellationException e) {
                rolledBack.set(true);
                throw e;
            }
        }
    }

    @BeforeAll
    static void communeMakesItsPackages() throws Exception {
        files = CommunePackages.write(shared.resolve("xa"), Files.createDirectories(shared.resolve("usb")), null, 1)
                .files();
    }

    @Start
    void start(Stage stage) {
        province = TestContexts.open(folder.resolve("tinh"));
        province.office().ensureProvince("An Sơn");
        Dialogs dialogs = new Dialogs(province.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        store = new HeldStore(province);
        CommunePackages.trust(province, files);
        PackageImporter importer = new PackageImporter(new PackageReader(), store, province.office(),
                province.trustedKeys());
        PackageImportView view = new PackageImportView(new PackageImportViewModel(importer, province.trustedKeys(),
                province.messages(), executor), province.messages(), dialogs);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
        view.activate();
        view.add(files);
    }

    @AfterEach
    void close() {
        store.hold.release();
        executor.close();
        province.close();
    }

    private int count(String table) {
        return province.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private void check(FxRobot robot, TableView<Row> table) {
        robot.clickOn("#checkButton");
        FxTestSupport.waitUntil(() -> table.getItems().size() == files.size()
                && table.getItems().stream().allMatch(r -> r.summary() != null && r.summary().outcome() == Outcome.NEW));
    }

    @Test
    void aStoppedImportIsRolledBackAndTheSamePackagesImportAfterwards(FxRobot robot) {
        TableView<Row> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == files.size());
        check(robot, table);

        robot.clickOn("#importButton");
        store.hold.awaitReached();
        Button cancel = robot.lookup("#stopButton").queryButton();
        ProgressBar progress = robot.lookup("#progressBar").query();
        FxTestSupport.waitUntil(() -> cancel.isVisible() && progress.getProgress() > 0);
        robot.clickOn(cancel);
        FxTestSupport.waitUntil(() -> status(robot).equals("Đang dừng…") && cancel.isDisabled());
        store.hold.release();

        FxTestSupport.waitUntil(() -> status(robot).startsWith("Đã dừng nhập."));
        assertThat(status(robot)).contains("không được lưu gì", "có thể nhập lại");
        assertThat(store.rolledBack).as("stopped inside the package's transaction").isTrue();
        assertThat(province.importedPackages().list()).as("nothing stored").isEmpty();
        assertThat(count("imported_package")).isZero();
        assertThat(count("imported_opinion")).isZero();
        assertThat(cancel.isVisible()).isFalse();
        assertThat(table.getItems()).as("to be checked again").allMatch(r -> r.summary() == null && !r.imported());
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();

        // the same packages are new again and import completely
        check(robot, table);
        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> table.getItems().stream().allMatch(Row::imported));
        assertThat(status(robot)).contains("Đã nhập xong");
        assertThat(province.importedPackages().list()).hasSize(files.size());
        assertThat(count("imported_opinion")).isPositive();
    }
}
