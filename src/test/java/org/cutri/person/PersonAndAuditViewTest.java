package org.cutri.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The two screens of "Dữ liệu và an toàn" as the office uses them after a voter asked to be forgotten: find her name
 * typed without diacritics, erase it (asked first), correct the secretary who has the same name, then look the work
 * up in the audit trail with its filters. Asserts what the screens show and what the data holds.
 */
@ExtendWith(ApplicationExtension.class)
class PersonAndAuditViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private AppContext context;
    private final int[] ids = new int[5];

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder.resolve("run-" + System.nanoTime()),
                data -> System.arraycopy(PersonDataTest.prepare(data), 0, ids, 0, ids.length));
        context = window.context();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private String text(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void aVotersNameIsFoundErasedAndTheSecretarysCorrectedThenTheTrailShowsItWithoutTheName(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-person");
        TableView<PersonPlace> places = robot.lookup("#placeTable").queryTableView();
        robot.clickOn("#nameField").write("hoang thi my dung").clickOn("#findButton");
        FxTestSupport.waitUntil(() -> places.getItems().size() == 4);
        assertThat(text(robot, "#personStatusLabel")).isEqualTo("4 chỗ lưu tên này.");
        assertThat(places.getItems()).extracting(PersonPlace::kind).containsExactlyInAnyOrder(PlaceKind.SPEAKER,
                PlaceKind.SPEAKER, PlaceKind.SECRETARY, PlaceKind.TEXT);
        int secretaryRow = places.getItems().indexOf(places.getItems().stream()
                .filter(p -> p.kind() == PlaceKind.SECRETARY).findFirst().orElseThrow());
        assertThat(FxTestSupport.onFx(() -> places.getColumns().get(2).getCellData(secretaryRow))).isEqualTo("Chỉ sửa");
        assertThat(robot.lookup("#correctButton").queryAs(Button.class).isDisabled()).as("no correct name yet")
                .isTrue();

        robot.clickOn("#eraseButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        // Erasing rewrites the whole database file (compaction): on a busy machine longer than a screen's usual wait.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> FxTestSupport.onFx(
                    () -> places.getItems().size() == 1 && text(robot, "#personStatusLabel").startsWith("Đã xóa")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not erased: " + text(robot, "#personStatusLabel"), e);
        }
        assertThat(text(robot, "#personStatusLabel"))
                .isEqualTo("Đã xóa tên ở 3 chỗ; giữ nguyên 1 chỗ là tên người giữ chức vụ (chỉ được sửa).");
        assertThat(places.getItems()).extracting(PersonPlace::kind).containsExactly(PlaceKind.SECRETARY);
        assertThat(context.opinions().find(ids[2]).orElseThrow().speakerName()).isNull();
        assertThat(context.opinions().find(ids[3]).orElseThrow().speakerName()).isNull();
        assertThat(context.opinions().find(ids[4]).orElseThrow().content()).doesNotContainIgnoringCase("dung");
        assertThat(robot.lookup("#eraseButton").queryAs(Button.class).isDisabled()).as("nothing left to erase")
                .isTrue();

        robot.clickOn(places.lookup(".table-row-cell"));
        robot.clickOn("#correctedField").write("Lường Văn Piêng").clickOn("#correctButton");
        FxTestSupport.waitUntil(() -> text(robot, "#personStatusLabel").equals("Đã sửa tên ở 1 chỗ."));
        assertThat(places.getItems()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("Lường Văn Piêng"));
        assertThat(context.meetings().get(ids[1]).row().secretaryName()).isEqualTo("Lường Văn Piêng");

        FxTestSupport.openArea(robot, "#nav-audit");
        TableView<AuditEntry> trail = robot.lookup("#auditTable").queryTableView();
        FxTestSupport.waitUntil(() -> !trail.getItems().isEmpty() && text(robot, "#auditStatusLabel").endsWith("dòng."));
        Pickers.pick(robot, "#actionBox", "Xóa tên");
        FxTestSupport.waitUntil(() -> trail.getItems().size() == 1);
        assertThat(FxTestSupport.onFx(() -> trail.getColumns().get(2).getCellData(0))).isEqualTo("Xóa tên một người");
        assertThat(FxTestSupport.onFx(() -> trail.getColumns().get(1).getCellData(0)))
                .isEqualTo(System.getProperty("user.name"));
        assertThat(trail.getItems().get(0).description()).startsWith("xóa tên một người ở 3 chỗ: opinion ")
                .doesNotContainIgnoringCase("dung");
        assertThat(text(robot, "#auditStatusLabel")).isEqualTo("1 dòng.");

        Pickers.pick(robot, "#actionBox", "Mọi hành động");
        robot.clickOn("#textField").write("sửa tên một người");
        FxTestSupport.waitUntil(() -> trail.getItems().size() == 1
                && trail.getItems().get(0).action() == AuditAction.PERSON_CORRECT);
        assertThat(trail.getItems().get(0).description()).doesNotContain("Piêng", "Dung");

        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("01/01/2099").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> trail.getItems().isEmpty());
        assertThat(text(robot, "#auditStatusLabel")).isEqualTo("Không có dòng nào khớp bộ lọc.");
        robot.doubleClickOn(from.getEditor()).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE)
                .type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> trail.getItems().size() == 1);

        // What the screens showed is what is stored: the same rows, and none with the name.
        assertThat(context.audit().find(new AuditFilter(null, null, null, "sửa tên một người"), 10).entries())
                .isEqualTo(trail.getItems());
        assertThat(context.audit().find(AuditFilter.ALL, 1_000_000).entries()).extracting(AuditEntry::description)
                .noneMatch(d -> d.contains("Mỹ Dung") || d.contains("Piêng"));
    }
}
