package org.cutri.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.answer.FollowUpIssue;
import org.cutri.app.Area;
import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.exchange.ExportedReturn;
import org.cutri.exchange.HandOverView;
import org.cutri.exchange.HandOverViewModel;
import org.cutri.exchange.ReadReturn;
import org.cutri.exchange.ReturnPackageReader;
import org.cutri.opinion.OpinionStatus;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The return package in the window, as the two offices use it: the province makes the commune's package from its
 * import screen ("Tạo gói trả lời cho xã…"); the commune takes it from its hand-over screen ("Nhận gói trả lời từ
 * tỉnh…"), sees what would change, is asked to compare the province's fingerprint, and finds the answers stored.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnPackageWindowTest {

    @TempDir
    static Path folder;

    private static ReturnLoop loop;
    /** The province's first return package for the commune, made before the window tests. */
    private static Path firstPackage;
    private static String provinceFingerprint;

    private Stage stage;
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    @BeforeAll
    static void theProvinceHasAnswers() throws Exception {
        loop = new ReturnLoop(folder);
        loop.provinceAnswers();
        try (AppContext p = TestContexts.open(loop.province)) {
            ExportedReturn first = p.returnPackages().build(ReturnLoop.COMMUNE);
            firstPackage = Files.write(loop.files.resolve(first.fileName()), first.bytes());
            provinceFingerprint = p.officeKeys().fingerprint();
        }
    }

    @AfterAll
    static void forget() {
        loop = null;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }

    /** The dialog over the window: lookups stay inside it. */
    private static Node dialog(FxRobot robot, String button) {
        FxTestSupport.waitUntil(() -> robot.lookup(button).tryQuery().isPresent());
        return robot.lookup(button).query().getScene().getRoot();
    }

    @Test
    void theProvinceMakesTheCommunesReturnPackageFromItsImportScreen(FxRobot robot) throws Exception {
        Path usb = Files.createDirectories(loop.files.resolve("usb-tinh"));
        AppContext data = TestContexts.open(loop.province);
        TestWindow window = FxTestSupport.onFx(() -> TestWindow.open(stage, data, (owner, title) -> Optional.of(usb)));
        open.push(window::close);
        FxTestSupport.waitUntil(() -> window.view().screen(Area.PROVINCE_IMPORT) != null);
        FxTestSupport.openArea(robot, "#nav-province_import");

        robot.clickOn("#makeReturnButton");
        Node dialog = dialog(robot, "#writeReturnButton");
        Node write = robot.from(dialog).lookup("#writeReturnButton").query();
        FxTestSupport.waitUntil(() -> Pickers.picker(robot, "#communeBox").getValue() != null);
        assertThat(write.isDisabled()).as("no place chosen yet").isTrue();
        Label key = robot.from(dialog).lookup("#keyLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> key.getText().contains(provinceFingerprint));
        assertThat(Pickers.<Object>pick(robot, "#communeBox", "tan-phuc").toString()).contains("(tan-phuc): " + (loop.group.codes().size() + 2) + " ý kiến");
        robot.clickOn(robot.from(dialog).lookup("#folderButton").queryButton());
        FxTestSupport.waitUntil(() -> !write.isDisabled());
        robot.clickOn(write);

        Label status = robot.from(dialog).lookup("#statusLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Đã ghi gói trả lời"));
        Path written = usb.resolve("cutri-tra-loi-tan-phuc-2.zip");
        assertThat(status.getText()).contains(written.toString()).contains((loop.group.codes().size() + 2) + " ý kiến, gói số 2");
        ReadReturn read = new ReturnPackageReader().read(written);
        assertThat(read.communeCode()).isEqualTo(ReturnLoop.COMMUNE);
        assertThat(read.fingerprint()).isEqualTo(provinceFingerprint);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void theCommuneComparesTheFingerprintSeesWhatChangesAndTakesTheAnswers(FxRobot robot) throws Exception {
        AppContext data = TestContexts.open(loop.commune);
        open.push(data);
        Dialogs dialogs = new Dialogs(data.messages());
        FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
        open.push(executor::close);
        Deque<Path> picked = new ArrayDeque<>(List.of(firstPackage, loop.communePackage, firstPackage));
        HandOverViewModel handOver = new HandOverViewModel(data.rounds(), data.packageExporter(), data.packageWriter(),
                List::of, null, data.messages(), executor, Platform::runLater);
        HandOverView view = new HandOverView(handOver, data.messages(), dialogs, (owner, title) -> Optional.empty(),
                owner -> new ReceiveAnswersView(new ReceiveAnswersViewModel(data.returnImports(), data.messages(), executor),
                        data.messages(), o -> Optional.ofNullable(picked.poll())).show(owner, () -> { }));
        robot.interact(() -> {
            stage.setScene(new Scene(view.root(), 1280, 720));
            stage.show();
            view.activate();
        });
        String before = ReturnLoop.stored(data);

        robot.clickOn("#receiveAnswersButton");
        Node dialog = dialog(robot, "#takeAnswersButton");
        Node take = robot.from(dialog).lookup("#takeAnswersButton").query();
        Label summary = robot.from(dialog).lookup("#summaryLabel").queryAs(Label.class);
        Label fingerprint = robot.from(dialog).lookup("#fingerprintLabel").queryAs(Label.class);
        CheckBox trust = robot.from(dialog).lookup("#trustBox").queryAs(CheckBox.class);
        TableView<ReceiveAnswersViewModel.Row> rows = robot.from(dialog).lookup("#rowTable").queryTableView();
        assertThat(trust.isVisible()).isFalse();

        // The first return package: the province's key is not trusted yet; its fingerprint is shown to compare.
        robot.clickOn(robot.from(dialog).lookup("#chooseButton").queryButton());
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Gói trả lời đầu tiên của tỉnh"));
        assertThat(fingerprint.isVisible()).isTrue();
        assertThat(fingerprint.getText()).contains(provinceFingerprint);
        assertThat(take.isDisabled()).isTrue();
        assertThat(rows.getItems()).isEmpty();

        robot.clickOn(trust);
        FxTestSupport.waitUntil(() -> summary.getText().contains("sẽ cập nhật 2 ý kiến"));
        assertThat(rows.getItems()).extracting(ReceiveAnswersViewModel.Row::code)
                .contains(loop.group.code(), loop.single.code(), "zz-khong-co-9");
        assertThat(rows.getItems()).filteredOn(r -> r.code().equals(loop.single.code()))
                .extracting(ReceiveAnswersViewModel.Row::what, ReceiveAnswersViewModel.Row::agency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestContexts.VI.label(loop.single.followUp().status())
                        + " → Không thuộc thẩm quyền", "Tòa án nhân dân khu vực"));
        assertThat(ReturnLoop.stored(data)).as("looking stores nothing").isEqualTo(before);

        // Another file chosen by mistake: the commune's own package to the province is no return package.
        robot.clickOn(robot.from(dialog).lookup("#chooseButton").queryButton());
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Đây là gói dữ liệu xã gửi tỉnh"));
        assertThat(take.isDisabled()).isTrue();
        assertThat(trust.isSelected()).isFalse();

        // Back to the province's package: compare, trust, take.
        robot.clickOn(robot.from(dialog).lookup("#chooseButton").queryButton());
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Gói trả lời đầu tiên của tỉnh"));
        robot.clickOn(trust);
        FxTestSupport.waitUntil(() -> !take.isDisabled());
        robot.clickOn(take);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Đã nhận gói trả lời số 1"));
        assertThat(take.isDisabled()).isTrue();

        for (int id : loop.group.opinionIds()) {
            FollowUpIssue seen = data.followUps().issueOf(id).orElseThrow();
            assertThat(seen.followUp().status()).isEqualTo(OpinionStatus.ANSWERED);
            assertThat(seen.followUp().answerLetterNo()).isEqualTo("215/SGTVT-QLĐB");
        }
        assertThat(data.followUps().issueOf(loop.single.leadId()).orElseThrow().followUp().status())
                .isEqualTo(OpinionStatus.NOT_COMPETENT);
        assertThat(data.returnImports().trustedKey().orElseThrow().fingerprint()).isEqualTo(provinceFingerprint);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
