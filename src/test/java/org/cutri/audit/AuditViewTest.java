package org.cutri.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trail screen over 100,000 rows: it shows the newest 2,000 (the table draws only the rows in view), says how
 * many match, and a filter typed narrows the rows, all read in the background. The times are logged, not asserted.
 */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private AuditView view;

    private static Path data;

    /** A trail of 100,000 rows, written before the window opens. */
    @BeforeAll
    static void fill() {
        data = folder.resolve("xa");
        try (AppContext filling = TestContexts.open(data)) {
            filling.database().jdbi().useHandle(handle -> handle.execute("INSERT INTO audit_log (at, account, action,"
                    + " object_type, object_id, description) SELECT DATEADD(MINUTE, X, TIMESTAMP '2026-01-01 00:00:00'),"
                    + " 'thuky', CASE WHEN MOD(X, 10) = 0 THEN 'DELETE' ELSE 'CHANGE' END, 'opinion',"
                    + " CAST(X AS VARCHAR), 'sửa: content' FROM SYSTEM_RANGE(1, 100000)"));
        }
    }

    @Start
    void start(Stage stage) {
        context = TestContexts.open(data);
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        view = new AuditView(new AuditViewModel(context.audit(), context.messages(), executor), context.messages());
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private String status(FxRobot robot) {
        return FxTestSupport.onFx(() -> robot.lookup("#auditStatusLabel").queryAs(Label.class).getText());
    }

    @Test
    void aHundredThousandRowsShowTheNewestAndAFilterNarrowsThem(FxRobot robot) {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        long start = System.nanoTime();
        FxTestSupport.onFx(() -> {
            view.activate();
            return null;
        });
        FxTestSupport.waitUntil(() -> table.getItems().size() == AuditViewModel.LIMIT);
        long loaded = System.nanoTime();
        assertThat(status(robot)).isEqualTo(
                "Hiện 2.000 dòng mới nhất trong 100.000 dòng khớp. Hãy thu hẹp ngày hoặc chữ tìm để xem các dòng cũ hơn.");
        assertThat(table.getItems().get(0).objectId()).isEqualTo("100000");
        assertThat(FxTestSupport.onFx(() -> table.getColumns().get(0).getCellData(0))).isEqualTo("11/03/2026 10:40:00");

        robot.clickOn("#textField").write("opinion 4242 sửa");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        long filtered = System.nanoTime();
        assertThat(table.getItems().get(0).objectId()).isEqualTo("4242");
        assertThat(status(robot)).isEqualTo("1 dòng.");

        Pickers.pick(robot, "#actionBox", "Xóa");
        FxTestSupport.waitUntil(() -> table.getItems().isEmpty());
        assertThat(status(robot)).isEqualTo("Không có dòng nào khớp bộ lọc.");
        LoggerFactory.getLogger(AuditViewTest.class).info("Audit trail of 100,000 rows: first page in {} ms, "
                + "a typed filter in {} ms", (loaded - start) / 1_000_000, (filtered - loaded) / 1_000_000);
    }
}
