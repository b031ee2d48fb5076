package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.Area;
import org.cutri.app.MainView;
import org.cutri.common.text.VietText;
import org.cutri.exchange.ExchangeFixture;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageReader;
import org.cutri.exchange.PackageWriter;
import org.cutri.office.OfficeKind;
import org.cutri.province.PackageImportViewModel.Row;
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
 * The province receives packages written by a commune's data folder: the dry run lists two new packages with
 * their groups and refuses a damaged file with its reason; the import fills the consolidated list, searchable
 * without diacritics. The commune's later package replaces the earlier one; the earlier one brought again is
 * refused and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PackageImportViewTest {

    @TempDir
    static Path folder;

    private static List<Path> files;
    private static int opinions;
    private static Path later;
    /** The commune's own key fingerprint, as its hand-over screen shows it. */
    private static String communeKey;

    private TestWindow window;
    private AppContext province;
    private MainView view;

    /** The commune makes its packages (two groups a round), then a later package of its newest round. */
    @BeforeAll
    static void communeMakesItsPackages() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        CommunePackages.Made made = CommunePackages.write(folder.resolve("xa"), usb, null, 2);
        opinions = made.opinions();
        files = new ArrayList<>(made.files());
        files.add(Files.writeString(usb.resolve("cutri-hong-1-1.zip"), "Đây không phải gói dữ liệu",
                StandardCharsets.UTF_8));
        try (AppContext commune = TestContexts.openCommune(folder.resolve("xa"))) {
            communeKey = commune.officeKeys().fingerprint();
            int newest = commune.rounds().list().stream().mapToInt(r -> r.id()).max().orElseThrow();
            ExportedPackage pkg = commune.packageExporter().export(newest, false, List.of());
            later = commune.packageWriter().writeToFolder(pkg, Files.createDirectories(folder.resolve("usb-2")),
                    PackageWriter.Progress.NONE);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path data = folder.resolve("tinh-" + System.nanoTime());
        try (AppContext setup = TestContexts.open(data)) {
            setup.office().ensureProvince("An Sơn");
        }
        window = TestWindow.open(stage, TestContexts.open(data));
        province = window.context();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void dryRunThenImportThenSearchTheConsolidatedList(FxRobot robot) {
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        assertThat(robot.lookup("#nav-hamlets").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-exchange").query().isVisible()).isFalse();
        FxTestSupport.waitUntil(() -> view.screen(Area.PROVINCE_IMPORT) != null);
        FxTestSupport.openArea(robot, "#nav-province_import");
        PackageImportView screen = (PackageImportView) view.screen(Area.PROVINCE_IMPORT);
        TableView<Row> table = robot.lookup("#table").queryTableView();
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> screen.add(files));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        robot.clickOn("#checkButton");

        FxTestSupport.waitUntil(() -> table.getItems().stream().allMatch(r -> r.summary() != null));
        // The commune's first packages: its key is not trusted yet. The reason shows the key's fingerprint, the same
        // the commune reads from its own screen; nothing can be imported before the user trusts it.
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(3);
        Row first = table.getItems().stream().filter(r -> r.summary().sequence() != null).findFirst().orElseThrow();
        assertThat(first.summary().reason(province.messages())).contains("Gói đầu tiên của xã", communeKey);
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#questionButton").queryButton().isVisible()).isFalse();
        robot.interact(() -> table.getSelectionModel().select(first));
        assertThat(robot.lookup("#questionButton").queryButton().getText()).isEqualTo("Tin khóa của xã…");
        // Asked, then answered "Không": nothing changes.
        robot.clickOn("#questionButton");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains(communeKey, "gọi điện");
        robot.clickOn("#confirmNoButton");
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(3);
        robot.interact(() -> table.getSelectionModel().select(first));
        robot.clickOn("#questionButton");
        robot.clickOn("#confirmYesButton");
        // Trusted for this screen: checked again, both rounds of the commune are now new; nothing stored yet.
        FxTestSupport.waitUntil(() -> cellTexts(robot, "Mới") == 2);
        assertThat(province.trustedKeys().list()).isEmpty();
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(1);
        assertThat(table.getItems()).filteredOn(r -> !r.summary().refused())
                .allSatisfy(r -> assertThat(r.summary().groups()).isEqualTo(2));
        assertThat(column(table, "groupsColumn")).containsExactlyInAnyOrder("2", "2", "");
        Row refused = table.getItems().stream().filter(r -> r.summary().refused()).findFirst().orElseThrow();
        assertThat(refused.file().getFileName().toString()).isEqualTo("cutri-hong-1-1.zip");
        assertThat(robot.lookup(".table-row-cell:refused").tryQuery()).isPresent();
        assertThat(robot.lookup(".table-row-cell:refused").lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((Labeled) cell).getText()).contains("zip"));
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("2 mới", "1 từ chối");
        assertThat(province.importedPackages().list()).isEmpty();

        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> table.getItems().stream().filter(Row::imported).count() == 2);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("Đã nhập xong");
        assertThat(province.importedPackages().list()).hasSize(2);
        assertThat(province.importedPackages().totals().groupCount()).isEqualTo(4);
        assertThat(province.provinceGroups().received()).hasSize(4);
        // The key is trusted with the packages, who and when recorded, and listed with its fingerprint.
        assertThat(province.trustedKeys().list()).singleElement().satisfies(k -> {
            assertThat(k.fingerprint()).isEqualTo(communeKey);
            assertThat(k.how()).isEqualTo(TrustedKey.FIRST_PACKAGE);
            assertThat(k.trustedBy()).isEqualTo(System.getProperty("user.name"));
        });
        TableView<TrustedKey> keys = robot.lookup("#keysTable").queryTableView();
        FxTestSupport.waitUntil(() -> keys.getItems().size() == 1);
        assertThat(robot.lookup("#keysTable").lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((Labeled) cell).getText()).isEqualTo(communeKey));

        // The commune's later package of its newest round replaces the earlier one.
        checkAgain(robot, screen, table, later);
        assertThat(cellTexts(robot, "Thay gói cũ")).isEqualTo(1);
        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> table.getItems().get(0).imported());
        ImportedTotals replaced = province.importedPackages().totals();
        assertThat(replaced.packageCount()).isEqualTo(2);
        assertThat(replaced.groupCount()).isEqualTo(4);
        List<ImportedPackage> stored = province.importedPackages().list();
        assertThat(stored).extracting(ImportedPackage::sequenceNo).containsExactlyInAnyOrder(1, 2);

        // The earlier package brought again is refused as older, and nothing changes.
        Path earlier = files.stream().filter(f -> f.getFileName().toString()
                .equals(later.getFileName().toString().replace("-2.zip", "-1.zip"))).findFirst().orElseThrow();
        checkAgain(robot, screen, table, earlier);
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(1);
        assertThat(table.getItems().get(0).summary().reason(province.messages())).contains("cũ hơn");
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(province.importedPackages().list()).isEqualTo(stored);
        assertThat(province.importedPackages().totals()).isEqualTo(replaced);

        FxTestSupport.openArea(robot, "#nav-province_summary");
        TableView<ConsolidatedOpinion> list = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> list.getItems().size() == opinions);
        ConsolidatedOpinion some = list.getItems().get(opinions / 3);
        String query = String.join(" ", java.util.Arrays.stream(VietText.fold(some.content()).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).limit(3).toList());
        robot.clickOn("#searchField").write(query);
        FxTestSupport.waitUntil(() -> list.getItems().size() < opinions && list.getItems().contains(some));
    }

    @Test
    void aHostilePackageOrADeviceIsRefusedWithTheSameVietnameseReasonAsOnTheCommandLine(FxRobot robot)
            throws Exception {
        FxTestSupport.waitUntil(() -> view.screen(Area.PROVINCE_IMPORT) != null);
        FxTestSupport.openArea(robot, "#nav-province_import");
        PackageImportView screen = (PackageImportView) view.screen(Area.PROVINCE_IMPORT);
        TableView<Row> table = robot.lookup("#table").queryTableView();
        Path far = Files.write(folder.resolve("cutri-xa-xa-" + System.nanoTime() + ".zip"), ExchangeFixture.withText(
                Files.readAllBytes(later), "data/meetings.json", json -> json.replaceFirst(
                        "\"date\" : \"\\d{4}-\\d\\d-\\d\\d\"", "\"date\" : \"+999999999-12-31\"")));
        Path device = Path.of("/dev/zero");

        robot.interact(() -> screen.add(Files.exists(device) ? List.of(far, device) : List.of(far)));
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("#checkButton");
        FxTestSupport.waitUntil(() -> table.getItems().stream().allMatch(r -> r.summary() != null));

        List<String> reasons = column(table, "reasonColumn");
        assertThat(reasons.get(0)).isEqualTo("Nội dung gói không đúng: phần data/meetings.json, cuộc tiếp xúc thứ 1,"
                + " trường \"date\": ngày +999999999-12-31 không nằm trong khoảng các năm 1945–2100. Không nhập gì từ"
                + " tệp này; hãy xin xã gửi lại gói.");
        if (Files.exists(device)) {
            assertThat(reasons.get(1)).startsWith("Đây không phải một tệp thường");
        }
        assertThat(cellTexts(robot, "Từ chối")).isEqualTo(reasons.size());
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(province.importedPackages().totals()).isEqualTo(new ImportedTotals(0, 0, 0, 0, 0));
    }

    @Test
    void aPackageSignedByAnotherKeyIsTakenOnlyAfterADeliberateRecordedRetrust(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.screen(Area.PROVINCE_IMPORT) != null);
        CommunePackages.trust(province, List.of(later));
        FxTestSupport.openArea(robot, "#nav-province_import");
        PackageImportView screen = (PackageImportView) view.screen(Area.PROVINCE_IMPORT);
        TableView<Row> table = robot.lookup("#table").queryTableView();
        // The commune reinstalled its computer: same data, a new key.
        Path resigned = Files.write(folder.resolve("cutri-khoa-moi-" + System.nanoTime() + ".zip"),
                ExchangeFixture.relisted(Files.readAllBytes(later), e -> e));
        String newKey = new PackageReader().read(resigned).fingerprint();

        checkAgain(robot, screen, table, resigned);
        assertThat(table.getItems().get(0).summary().reason(province.messages()))
                .contains("khóa khác", communeKey, newKey);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#questionButton").queryButton().getText()).isEqualTo("Tin lại khóa mới của xã…");
        robot.clickOn("#questionButton");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains(communeKey, newKey);
        robot.clickOn("#confirmYesButton");

        FxTestSupport.waitUntil(() -> cellTexts(robot, "Mới") == 1);
        assertThat(province.trustedKeys().history("tan-phuc")).extracting(TrustedKey::fingerprint, TrustedKey::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(communeKey, TrustedKey.FIRST_PACKAGE),
                        org.assertj.core.groups.Tuple.tuple(newKey, TrustedKey.RETRUST));
        TableView<TrustedKey> keys = robot.lookup("#keysTable").queryTableView();
        FxTestSupport.waitUntil(() -> keys.getItems().size() == 1 && keys.getItems().get(0).fingerprint().equals(newKey));
        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> table.getItems().get(0).imported());
        assertThat(province.importedPackages().list()).singleElement()
                .extracting(ImportedPackage::signerFingerprint).isEqualTo(newKey);
    }

    /** Empties the list, adds one file and runs the dry run. */
    private static void checkAgain(FxRobot robot, PackageImportView screen, TableView<Row> table, Path file) {
        robot.clickOn("#clearButton");
        robot.interact(() -> screen.add(List.of(file)));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#checkButton");
        FxTestSupport.waitUntil(() -> table.getItems().get(0).summary() != null);
    }

    private static long cellTexts(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof Labeled l && text.equals(l.getText())).count();
    }

    /** What a column shows, row by row. */
    private static List<String> column(TableView<Row> table, String id) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<Row, String> column = (javafx.scene.control.TableColumn<Row, String>) table
                .getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
        return table.getItems().stream().map(r -> column.getCellObservableValue(r).getValue()).toList();
    }
}
