package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.Area;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Dialogs;
import org.cutri.province.PackageImportViewModel.Row;
import org.cutri.office.OfficeKind;
import org.cutri.province.CommunePackages;
import org.cutri.province.ConsolidatedOpinion;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The province receives packages written by a commune's data folder: the dry run lists two new packages and
 * refuses a damaged file with its reason; the import fills the consolidated list, searchable without diacritics.
 */
@ExtendWith(ApplicationExtension.class)
class PackageImportViewTest {

    @TempDir
    static Path folder;

    private AppContext province;
    private FxTaskExecutor executor;
    private MainView view;
    private List<Path> files;
    private int opinions;

    @Start
    void start(Stage stage) throws Exception {
        Path run = folder.resolve("run-" + System.nanoTime());
        Path usb = Files.createDirectories(run.resolve("usb"));
        CommunePackages.Made made = CommunePackages.write(run.resolve("xa"), usb, null);
        opinions = made.opinions();
        files = new ArrayList<>(made.files());
        files.add(Files.writeString(usb.resolve("cutri-hong-1-1.zip"), "Đây không phải gói dữ liệu",
                StandardCharsets.UTF_8));
        province = TestContexts.open(run.resolve("tinh"));
        province.office().ensureProvince("An Sơn");
        Dialogs dialogs = new Dialogs(province.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        view = MainWindow.open(stage, province, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        province.close();
    }

    @Test
    void dryRunThenImportThenSearchTheConsolidatedList(FxRobot robot) {
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        assertThat(robot.lookup("#nav-hamlets").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-exchange").query().isVisible()).isFalse();
        FxTestSupport.waitUntil(() -> view.screen(Area.PROVINCE_IMPORT) != null);
        robot.clickOn("#nav-province_import");
        PackageImportView screen = (PackageImportView) view.screen(Area.PROVINCE_IMPORT);
        TableView<Row> table = robot.lookup("#table").queryTableView();
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> screen.add(files));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        robot.clickOn("#checkButton");

        FxTestSupport.waitUntil(() -> table.getItems().stream().allMatch(r -> r.summary() != null));
        assertThat(cellTexts(robot, "Mới")).isEqualTo(2);
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(1);
        Row refused = table.getItems().stream().filter(r -> r.summary().refused()).findFirst().orElseThrow();
        assertThat(refused.file().getFileName().toString()).isEqualTo("cutri-hong-1-1.zip");
        assertThat(robot.lookup(".table-row-cell:refused").tryQuery()).isPresent();
        assertThat(robot.lookup(".table-row-cell:refused").lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.Labeled) cell).getText())
                        .contains("zip"));
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("2 mới", "1 từ chối");
        assertThat(province.importedPackages().list()).isEmpty();

        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> table.getItems().stream().filter(Row::imported).count() == 2);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("Đã nhập xong");
        assertThat(province.importedPackages().list()).hasSize(2);

        robot.clickOn("#nav-province_summary");
        TableView<ConsolidatedOpinion> list = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> list.getItems().size() == opinions);
        ConsolidatedOpinion some = list.getItems().get(opinions / 3);
        String query = String.join(" ", java.util.Arrays.stream(VietText.fold(some.content()).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).limit(3).toList());
        robot.clickOn("#searchField").write(query);
        FxTestSupport.waitUntil(() -> list.getItems().size() < opinions && list.getItems().contains(some));
    }

    private static long cellTexts(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())).count();
    }
}
