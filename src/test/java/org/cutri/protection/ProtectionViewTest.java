package org.cutri.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.audit.AuditService;
import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.db.Protection;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
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
 * The screen Mật khẩu bảo vệ dữ liệu in the window: setting the password (typed twice), changing it (the current
 * one asked first), removing it (asked for confirmation); what the screen says and what the data folder holds.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectionViewTest {

    private static final String FIRST = "mat-khau-dau-tien";
    private static final String SECOND = "mat-khau-thu-hai";

    @TempDir
    Path temp;

    private Path folder;
    private Stage stage;
    private TestWindow window;

    @Start
    void start(Stage shown) {
        stage = shown;
        folder = temp.resolve("data");
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    /** The window on data with one hamlet, protected with {@code password} first unless it is null. */
    private void openWindow(FxRobot robot, String password) {
        try (AppContext setup = TestContexts.open(folder)) {
            setup.hamlets().create(new HamletDraft("Thôn Bí Mật", HamletKind.THON, null, null, null));
            if (password != null) {
                setup.database().protect(DataPassword.of(password));
            }
        }
        robot.interact(() -> window = TestWindow.open(stage,
                AppContext.open(folder, TestContexts.VI, password == null ? null : DataPassword.of(password))));
        FxTestSupport.openArea(robot, "#nav-protection");
        FxTestSupport.waitUntil(() -> robot.lookup("#stateLabel").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).eraseText(robot.lookup(field).queryAs(TextInputControl.class).getText().length()).write(text);
    }

    /** The password rows of the data's audit trail, newest first. */
    private static List<AuditEntry> passwordRows(Database database) {
        return new AuditService(database.jdbi(), Clock.systemDefaultZone())
                .find(new AuditFilter(null, null, AuditAction.PROTECT, ""), 100).entries();
    }

    private static void assertNoPassword(List<AuditEntry> rows, String... passwords) {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.account()).isEqualTo(System.getProperty("user.name"));
            assertThat(row.toString()).doesNotContain(passwords);
        });
    }

    private void waitForState(FxRobot robot, String start) {
        FxTestSupport.waitUntil(() -> text(robot, "#stateLabel").startsWith(start)
                && !robot.lookup("#protectButton").query().isDisabled());
    }

    @Test
    void settingThePasswordAsksForItTwiceThenEncryptsTheDataWhileItStaysOpen(FxRobot robot) {
        openWindow(robot, null);
        waitForState(robot, "Dữ liệu chưa có mật khẩu");
        assertThat(robot.lookup("#currentField").query().isVisible()).as("no current password yet").isFalse();
        assertThat(robot.lookup(".warning").queryLabeled().getText())
                .contains("quên mật khẩu thì không ai lấy lại được dữ liệu")
                .contains("bản sao lưu làm trước khi đổi mật khẩu vẫn mở bằng mật khẩu của lúc sao lưu");
        assertThat(text(robot, "#protectButton")).isEqualTo("Đặt mật khẩu");

        type(robot, "#newField", FIRST);
        type(robot, "#confirmField", "mat-khau-go-nham");
        robot.clickOn("#protectButton");

        assertThat(text(robot, "#formError")).isEqualTo("Hai lần gõ mật khẩu mới không giống nhau. Hãy gõ lại.");
        assertThat(Protection.isProtected(folder)).isFalse();

        type(robot, "#confirmField", FIRST);
        robot.clickOn("#protectButton");
        waitForState(robot, "Dữ liệu đang được bảo vệ bằng mật khẩu");

        assertThat(window.view().viewModel().statusProperty().get()).startsWith("Đã đặt mật khẩu.");
        assertThat(robot.lookup("#newField").queryAs(TextInputControl.class).getText()).as("emptied").isEmpty();
        assertThat(Protection.isProtected(folder)).isTrue();
        FxTestSupport.openArea(robot, "#nav-hamlets");
        FxTestSupport.waitUntil(() -> robot.lookup(".table-view").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 1).orElse(false));
        // The trail screen shows the password set (one row), without the password.
        FxTestSupport.openArea(robot, "#nav-audit");
        TableView<AuditEntry> trail = robot.lookup("#auditTable").queryTableView();
        FxTestSupport.waitUntil(() -> trail.getItems().stream().anyMatch(row -> row.action() == AuditAction.PROTECT));
        assertThat(FxTestSupport.onFx(() -> trail.getItems().stream().filter(row -> row.action() == AuditAction.PROTECT)
                .map(row -> trail.getColumns().get(2).getCellData(row) + " | " + trail.getColumns().get(4).getCellData(row))
                .toList())).containsExactly("Mật khẩu dữ liệu | đặt mật khẩu bảo vệ dữ liệu");

        robot.interact(window::close);
        window = null;
        assertThatThrownBy(() -> Database.open(folder).close()).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo(Database.PASSWORD_NEEDED));
        try (Database stored = Database.open(folder, DataPassword.of(FIRST))) {
            assertThat(stored.tableCounts().get("hamlet")).isEqualTo(1);
            assertThat(passwordRows(stored)).extracting(AuditEntry::description)
                    .containsExactly("đặt mật khẩu bảo vệ dữ liệu");
            assertNoPassword(passwordRows(stored), FIRST);
        }
    }

    @Test
    void changingAsksForTheCurrentPasswordAndRemovingAsksForConfirmation(FxRobot robot) {
        openWindow(robot, FIRST);
        waitForState(robot, "Dữ liệu đang được bảo vệ bằng mật khẩu");
        assertThat(text(robot, "#protectButton")).isEqualTo("Đổi mật khẩu");

        type(robot, "#currentField", "khong-phai-mat-khau");
        type(robot, "#newField", SECOND);
        type(robot, "#confirmField", SECOND);
        robot.clickOn("#protectButton");
        FxTestSupport.waitUntil(() -> text(robot, "#formError").startsWith("Mật khẩu không đúng"));

        type(robot, "#currentField", FIRST);
        robot.clickOn("#protectButton");
        FxTestSupport.waitUntil(() -> window.view().viewModel().statusProperty().get().startsWith("Đã đổi mật khẩu."));

        type(robot, "#currentField", SECOND);
        robot.clickOn("#unprotectButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        robot.clickOn("#confirmNoButton");
        assertThat(Protection.isProtected(folder)).as("kept when the user says no").isTrue();

        robot.clickOn("#unprotectButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        waitForState(robot, "Dữ liệu chưa có mật khẩu");

        assertThat(Protection.isProtected(folder)).isFalse();
        assertThat(folder.resolve(Protection.FILE_NAME)).doesNotExist();
        robot.interact(window::close);
        window = null;
        try (Database stored = Database.open(folder)) {
            // The password set before the window opened is the setup's own (not through the screen).
            assertThat(passwordRows(stored)).extracting(AuditEntry::description)
                    .containsExactly("bỏ mật khẩu bảo vệ dữ liệu", "đổi mật khẩu bảo vệ dữ liệu");
            assertNoPassword(passwordRows(stored), FIRST, SECOND);
        }
    }
}
