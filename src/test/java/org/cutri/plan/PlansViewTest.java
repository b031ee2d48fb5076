package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.testing.FxTestSupport;
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
 * The plans screen driven as the secretary would: a plan from a template implementing the province's plan, a section
 * edited, duties added, changed and deleted, switching plans back and forth, issuing; what is shown and what is stored.
 */
@ExtendWith(ApplicationExtension.class)
class PlansViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private AppContext context;

    private static Path prepared;
    private static IncomingDocument incoming;
    private static OfficePlan month;
    private static OfficePlan comments;

    /** The data is prepared once (the migrations take a while on a busy machine); each test opens its own copy. */
    @BeforeAll
    static void prepare() {
        prepared = folder.resolve("prepared");
        try (AppContext data = TestContexts.open(prepared)) {
            data.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM",
                    "XÃ HÒA LẠC", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
            incoming = data.plans().recordIncoming(new IncomingDraft("45/KH-MTTQ-BTT", LocalDate.of(2027, 3, 2),
                    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "nắm tình hình Nhân dân quanh cuộc bầu cử",
                    "10/5/2027; 20/5/2027; 01/6/2027"));
            // plans of next year: nothing is due yet, the window starts on the hamlets
            comments = data.plans().create(PlanKind.DRAFT_COMMENTS, null, LocalDate.of(2027, 2, 1));
            month = data.plans().create(PlanKind.FREE, null, LocalDate.of(2027, 2, 3));
            data.plans().updateSections(month.id(), new PlanSections("Công tác tháng Hai", null,
                    "Làm tốt công tác tháng.", null, "Văn phòng theo dõi.", "Lưu: VT.", "CHỦ TỊCH", "Vương Đình Khải"));
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        Path copy = folder.resolve("data-" + System.nanoTime());
        try (Stream<Path> files = Files.walk(prepared)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(prepared.relativize(file).toString()));
            }
        }
        context = TestContexts.open(copy);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private TableView<OfficePlan> openPlans(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-plans");
        FxTestSupport.waitUntil(() -> robot.lookup("#planTable").tryQuery().isPresent());
        TableView<OfficePlan> table = robot.lookup("#planTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        return table;
    }

    /** Waits; a failure tells what the screen said (its error line and the status bar). */
    private void waitOrSay(FxRobot robot, java.util.function.BooleanSupplier condition) {
        try {
            FxTestSupport.waitUntil(condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the screen said: "
                    + robot.lookup("#errorLabel").queryAs(Label.class).getText() + " / "
                    + robot.lookup("#statusLabel").queryAs(Label.class).getText() + " / " + window.errors(), e);
        }
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @Test
    void aPlanIsMadeFromItsTemplateItsSectionEditedAndItsDutiesAddedChangedAndDeleted(FxRobot robot) {
        TableView<OfficePlan> table = openPlans(robot);
        SearchableComboBox<PlanKind> kind = robot.lookup("#kindBox").queryAs(SearchableComboBox.class);
        SearchableComboBox<IncomingDocument> from = robot.lookup("#newIncomingBox").queryAs(SearchableComboBox.class);
        robot.interact(() -> {
            kind.setValue(PlanKind.ELECTION_SENTIMENT);
            from.setValue(from.getItems().get(0));
        });
        DatePicker date = robot.lookup("#newDateField").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("09/03/2027");
        robot.clickOn("#createButton");

        waitOrSay(robot, () -> table.getItems().size() == 3);
        TextField subject = field(robot, "#subjectField");
        FxTestSupport.waitUntil(() -> subject.getText().startsWith("Tuyên truyền, vận động, theo dõi"));
        OfficePlan created = context.plans().list().stream().filter(p -> p.kind() == PlanKind.ELECTION_SENTIMENT)
                .findFirst().orElseThrow();
        assertThat(created.incomingId()).isEqualTo(incoming.id());
        assertThat(created.planDate()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(robot.lookup("#headingLabel").queryAs(Label.class).getText()).startsWith("Dự thảo, chưa có số");

        TextArea purpose = robot.lookup("#purposeArea").queryAs(TextArea.class);
        robot.clickOn(purpose).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("Nắm chắc tình hình Nhân dân ở 12 thôn.");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> "Nắm chắc tình hình Nhân dân ở 12 thôn.".equals(
                context.plans().get(created.id()).purpose()));

        robot.clickOn("Các việc");
        TableView<PlanDuty> duties = robot.lookup("#dutyTable").queryTableView();
        FxTestSupport.waitUntil(() -> duties.getItems().size() == 5);
        assertThat(duties.getItems().get(2).untilDate()).isEqualTo(LocalDate.of(2027, 5, 10));

        robot.clickOn("#newDutyButton");
        robot.clickOn("#dutyWhatField").write("Họp triển khai kế hoạch với các đoàn thể");
        robot.clickOn("#dutyLeadField").write("Chủ tịch");
        robot.clickOn(robot.lookup("#dutyUntilField").queryAs(DatePicker.class).getEditor()).write("15/03/2027");
        robot.clickOn("#saveDutyButton");
        FxTestSupport.waitUntil(() -> duties.getItems().size() == 6);
        PlanDuty added = context.plans().duties(created.id()).get(5);
        assertThat(added.what()).isEqualTo("Họp triển khai kế hoạch với các đoàn thể");
        assertThat(added.untilDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(added.position()).isEqualTo(6);

        robot.clickOn("Báo cáo tình hình Nhân dân trong cuộc bầu cử");
        TextField lead = field(robot, "#dutyLeadField");
        FxTestSupport.waitUntil(() -> lead.getText().startsWith("Ban Thường trực"));
        robot.doubleClickOn(lead).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("Phó Chủ tịch");
        robot.clickOn("#saveDutyButton");
        FxTestSupport.waitUntil(() -> "Phó Chủ tịch".equals(context.plans().duties(created.id()).get(3).leadUnit()));
        assertThat(duties.getItems().get(3).leadUnit()).isEqualTo("Phó Chủ tịch");

        // a wrong date is said under the form and nothing changes
        robot.clickOn("#newDutyButton");
        robot.clickOn("#dutyWhatField").write("Việc có ngày sai");
        robot.clickOn(robot.lookup("#dutyUntilField").queryAs(DatePicker.class).getEditor()).write("45/13/2027");
        robot.clickOn("#saveDutyButton");
        Label dutyError = robot.lookup("#dutyErrorLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(dutyError::isVisible);
        assertThat(dutyError.getText()).contains("45/13/2027").contains("Hạn");
        assertThat(context.plans().duties(created.id())).hasSize(6);

        robot.clickOn("Họp triển khai kế hoạch với các đoàn thể");
        robot.clickOn("#deleteDutyButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> duties.getItems().size() == 5);
        assertThat(context.plans().duties(created.id())).extracting(PlanDuty::what)
                .doesNotContain("Họp triển khai kế hoạch với các đoàn thể");
    }

    @Test
    void switchingPlansBackAndForthShowsEachOnesStoredTextAndDuties(FxRobot robot) {
        TableView<OfficePlan> table = openPlans(robot);
        TextField subject = field(robot, "#subjectField");
        TextArea organisation = robot.lookup("#organisationArea").queryAs(TextArea.class);

        robot.clickOn("Công tác tháng Hai");
        FxTestSupport.waitUntil(() -> subject.getText().equals("Công tác tháng Hai"));
        robot.clickOn(organisation).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL)
                .type(KeyCode.ENTER).write("Các đoàn thể báo cáo trước ngày 25.");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> "Văn phòng theo dõi.\nCác đoàn thể báo cáo trước ngày 25.".equals(
                context.plans().get(month.id()).organisation()));

        robot.clickOn("Tổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội");
        FxTestSupport.waitUntil(() -> subject.getText().startsWith("Tổng hợp ý kiến"));
        assertThat(organisation.getText()).startsWith("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì");
        robot.clickOn("Các việc");
        TableView<PlanDuty> duties = robot.lookup("#dutyTable").queryTableView();
        FxTestSupport.waitUntil(() -> duties.getItems().size() == 4);

        robot.clickOn("Công tác tháng Hai");
        FxTestSupport.waitUntil(() -> duties.getItems().isEmpty());
        robot.clickOn("Nội dung kế hoạch");
        FxTestSupport.waitUntil(() -> subject.getText().equals("Công tác tháng Hai"));
        assertThat(organisation.getText()).isEqualTo("Văn phòng theo dõi.\nCác đoàn thể báo cáo trước ngày 25.");

        robot.clickOn("#filterField").write("cong tac thang hai");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(context.plans().get(comments.id()).organisation())
                .startsWith("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì");
    }

    @Test
    void issuingGivesTheNumberAndLocksTheText(FxRobot robot) {
        openPlans(robot);
        TextField subject = field(robot, "#subjectField");

        robot.clickOn("Công tác tháng Hai");
        FxTestSupport.waitUntil(() -> subject.getText().equals("Công tác tháng Hai"));
        robot.clickOn("#issueButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");

        Label heading = robot.lookup("#headingLabel").queryAs(Label.class);
        waitOrSay(robot, () -> heading.getText().contains("01/KH-MTTQ-BTT"));
        OfficePlan stored = context.plans().get(month.id());
        assertThat(stored.numberText()).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(subject.isEditable()).isFalse();
        assertThat(robot.lookup("01/KH-MTTQ-BTT").tryQuery()).as("the number in the list").isPresent();
    }
}
