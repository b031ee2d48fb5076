package org.cutri.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
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
 * The Sổ văn bản đi screen as a secretary uses it, in the main window right after the start: the year's register,
 * switching years back and forth, finding a line, registering a Word document by hand, cancelling a number with its
 * reason; what is shown and what is stored.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentRegisterViewTest {

    private static final int YEAR = LocalDate.now().getYear();

    @TempDir
    static Path folder;

    private static Path data;
    private TestWindow window;
    private AppContext context;

    /** The register, written before the window opens: the FX thread only opens the data (no migration, no writes). */
    @BeforeAll
    static void fill() {
        data = folder.resolve("data");
        try (AppContext filling = TestContexts.open(data)) {
            DocumentRegister register = filling.documentRegister();
            register.issue(IssueRequest.of("KH", "Tổ chức hội nghị tiếp xúc cử tri", LocalDate.of(YEAR, 3, 2), null));
            register.issue(IssueRequest.of("BC", "Tổng hợp ý kiến, kiến nghị cử tri", LocalDate.of(YEAR, 3, 20), null));
            register.issue(IssueRequest.of("GM", "Mời dự hội nghị tổng kết", LocalDate.of(YEAR, 4, 1), null));
            register.issue(IssueRequest.of("TB", "Thông báo năm trước", LocalDate.of(YEAR - 1, 11, 5), null));
        }
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(data));
        context = window.context();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private String text(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private boolean disabled(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryAs(Button.class).isDisabled());
    }

    private void chooseYear(FxRobot robot, int year) {
        org.cutri.common.ui.SearchableComboBox<Integer> box = robot.lookup("#yearBox").query();
        FxTestSupport.waitUntil(() -> box.getItems().contains(year));
        assertThat(Pickers.<Integer>pick(robot, "#yearBox", String.valueOf(year))).isEqualTo(year);
    }

    @Test
    void theYearsRegisterIsShownSwitchedFoundAddedToByHandAndANumberCancelled(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-documents");
        TableView<RegisteredDocument> table = robot.lookup("#documentTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(RegisteredDocument::symbol)
                .containsExactly("01/KH-MTTQ-BTT", "02/BC-MTTQ-BTT", "03/GM-MTTQ-BTT");
        assertThat(text(robot, "#registerStatusLabel")).isEqualTo("Năm " + YEAR + ": 3 số, trong đó 0 số đã hủy.");
        assertThat(FxTestSupport.onFx(() -> table.getColumns().get(2).getCellData(1))).isEqualTo("Báo cáo");

        chooseYear(robot, YEAR - 1);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).symbol()).isEqualTo("01/TB-MTTQ-BTT");
        chooseYear(robot, YEAR);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#filterField").write("TONG HOP y kien");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).symbol()).isEqualTo("02/BC-MTTQ-BTT");
        FxTestSupport.onFx(() -> {
            robot.lookup("#filterField").queryTextInputControl().clear();
            return null;
        });
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        // a Word document registered by hand; bad copies first: refused on the form, nothing stored
        Pickers.pick(robot, "#kindBox", "Thông báo");
        robot.clickOn("#datePicker").write("10/04/" + YEAR);
        robot.clickOn("#summaryArea").write("Thông báo lịch tiếp công dân quý II");
        robot.clickOn("#signerField").write("Nguyễn Văn Thử");
        robot.clickOn("#recipientsField").write("Các Ban công tác Mặt trận");
        robot.clickOn("#copiesField").write("năm");
        FxTestSupport.waitUntil(() -> disabled(robot, "#addButton"));
        assertThat(text(robot, "#addProblemLabel")).isEqualTo("Số lượng bản phải là số nguyên từ 1 trở lên.");
        assertThat(context.documentRegister().list(YEAR)).hasSize(3);
        FxTestSupport.onFx(() -> {
            robot.lookup("#copiesField").queryTextInputControl().setText("5");
            return null;
        });
        FxTestSupport.waitUntil(() -> !disabled(robot, "#addButton"));
        robot.clickOn("#addButton");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems().get(3).symbol()).isEqualTo("04/TB-MTTQ-BTT");
        assertThat(text(robot, "#registerStatusLabel")).isEqualTo("Đã đăng ký văn bản số 04/TB-MTTQ-BTT.");
        assertThat(FxTestSupport.onFx(() -> table.getColumns().get(5).getCellData(3))).isEqualTo("Đăng ký tay");
        RegisteredDocument stored = context.documentRegister().find(YEAR, 4).orElseThrow();
        assertThat(stored.byHand()).isTrue();
        assertThat(stored.summary()).isEqualTo("Thông báo lịch tiếp công dân quý II");
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.of(YEAR, 4, 10));
        assertThat(stored.signer()).isEqualTo("Nguyễn Văn Thử");
        assertThat(stored.recipients()).isEqualTo("Các Ban công tác Mặt trận");
        assertThat(stored.copies()).isEqualTo(5);

        // cancel number 02 with its reason, after the question
        assertThat(disabled(robot, "#cancelNumberButton")).as("nothing chosen").isTrue();
        FxTestSupport.onFx(() -> {
            table.getSelectionModel().select(1);
            return null;
        });
        assertThat(text(robot, "#chosenLabel")).isEqualTo("Số đang chọn: 02/BC-MTTQ-BTT");
        assertThat(disabled(robot, "#cancelNumberButton")).as("no reason yet").isTrue();
        robot.clickOn("#reasonField").write("Ban hành nhầm, làm lại báo cáo");
        robot.clickOn("#cancelNumberButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> table.getItems().get(1).cancelled());
        assertThat(text(robot, "#registerStatusLabel")).isEqualTo("Đã hủy số 02/BC-MTTQ-BTT; số này không được cấp lại.");
        assertThat(FxTestSupport.onFx(() -> table.getColumns().get(5).getCellData(1))).isEqualTo("Hủy số ngày "
                + org.cutri.common.text.DateText.format(LocalDate.now()) + ": Ban hành nhầm, làm lại báo cáo");
        assertThat(text(robot, "#chosenLabel")).isEqualTo("Số 02/BC-MTTQ-BTT đã hủy.");
        assertThat(disabled(robot, "#cancelNumberButton")).as("a cancelled number cannot be cancelled again").isTrue();
        RegisteredDocument cancelled = context.documentRegister().find(YEAR, 2).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(DocumentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Ban hành nhầm, làm lại báo cáo");
        assertThat(table.getItems()).hasSize(4);

        chooseYear(robot, YEAR - 1);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        chooseYear(robot, YEAR);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems().get(1).cancelled()).as("still cancelled after a reload").isTrue();
        assertThat(context.documentRegister().issue(IssueRequest.of("KH", "Sau", LocalDate.of(YEAR, 5, 1), null))
                .number()).as("the cancelled number is not given again").isEqualTo(5);
    }
}
