package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code communes} on real data folders: at a province office one line per commune it holds with its number of
 * imported packages (a later package of a round replaces one, a commune's new round adds one); at a commune office one
 * Vietnamese line and exit 2, nothing on standard output.
 */
class CommunesCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoCommunesUnderOtherNamesSendPackagesAProvinceHoldsAsCommunesOfTheirOwn() throws Exception {
        Path usb = java.nio.file.Files.createDirectories(folder.resolve("usb"));
        Path province = folder.resolve("tinh-thu");
        for (String[] commune : new String[][] {{"Xã Bình An", "binh-an"}, {"Xã Hưng Đạo", "hung-dao"}}) {
            Path data = folder.resolve(commune[1]);
            Run loaded = run("--data-dir", data.toString(), "demo", "--commune", commune[0]);
            assertThat(loaded.exit()).as(loaded.err()).isZero();
            assertThat(loaded.out()).contains("Đã tải xã mẫu " + commune[0].substring(3) + " (dữ liệu bịa đặt)");
            Run exported = run("--data-dir", data.toString(), "package", "export", "--round", "1", "--out",
                    usb.resolve(commune[1] + ".zip").toString());
            assertThat(exported.exit()).as(exported.err()).isZero();
        }
        Run taken = run("--data-dir", province.toString(), "package", "import", "--trust",
                usb.resolve("binh-an.zip").toString(), usb.resolve("hung-dao.zip").toString());
        assertThat(taken.exit()).as(taken.err()).isZero();

        assertThat(run("--data-dir", province.toString(), "communes").out().lines())
                .containsExactly("binh-an\tBình An\t1", "hung-dao\tHưng Đạo\t1");
        Run noName = run("--data-dir", folder.resolve("x").toString(), "demo", "--commune", " -- ");
        assertThat(noName.exit()).isEqualTo(org.cutri.cli.CutriCommand.EXIT_USER_ERROR);
        assertThat(noName.err()).contains("Tên xã \" -- \" không dùng được cho xã mẫu");
    }

    @Test
    void aProvinceListsTheCommunesItHoldsWithTheirPackages() {
        Path province = ProvinceAnswerFixture.province(folder);

        Run listed = run("--data-dir", province.toString(), "communes");

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.err()).isEmpty();
        assertThat(listed.out().lines()).containsExactly("hoa-lac\tHòa Lạc\t2", "tan-phuc\tTân Phúc\t2");

        // A later package of a round replaces the earlier one (a gap in its numbers accepted): still two packages.
        try (AppContext context = TestContexts.open(province)) {
            Path later = ProvinceAnswerFixture.laterPackage("tan-phuc", tanPhucRound(context));
            assertThat(context.packageImporter().importAll(List.of(later), Approvals.of(true, true)))
                    .singleElement().extracting(PackageImportSummary::outcome)
                    .isEqualTo(PackageImportSummary.Outcome.REPLACING);
        }
        assertThat(run("--data-dir", province.toString(), "communes").out().lines())
                .containsExactly("hoa-lac\tHòa Lạc\t2", "tan-phuc\tTân Phúc\t2");
    }

    /** A commune office's data is its H2 file (never a server's). */
    @org.junit.jupiter.api.Tag("h2")
    @Test
    void aCommuneOfficeIsToldInOneLineThatTheCommandIsForAProvince() {
        Path commune = ProvinceAnswerFixture.commune("hoa-lac");

        Run refused = run("--data-dir", commune.toString(), "communes");

        assertThat(refused.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).containsExactly("Lệnh communes chỉ dùng ở văn phòng Ban Thường trực tỉnh"
                + " (thư mục dữ liệu đã nhận gói của các xã); đây là dữ liệu của một xã.");
    }

    /** Regression: a new province database (a folder or a server's) that has taken no package yet was called a commune's. */
    @Test
    void aProvinceThatHasTakenNoPackageYetIsToldHowToTakeThemNotThatItIsACommune(@TempDir Path empty) {
        assertToldNoneYet(run("--data-dir", opened(empty.resolve("opened")).toString(), "communes"));
    }

    @org.junit.jupiter.api.Tag("h2")
    @Test
    void aFolderWithNoDataIsToldTheSameAndStaysWithoutData(@TempDir Path empty) {
        assertToldNoneYet(run("--data-dir", empty.resolve("never-opened").toString(), "communes"));
        assertThat(empty.resolve("never-opened")).as("listing creates no data").doesNotExist();
    }

    private static void assertToldNoneYet(Run none) {
        assertThat(none.exit()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("Chưa nhận gói của xã nào").contains("package import")
                .doesNotContain("dữ liệu của một xã");
    }

    private static Path opened(Path folder) {
        TestContexts.open(folder).close();
        return folder;
    }

    private static int tanPhucRound(AppContext context) {
        return context.importedPackages().list().stream().filter(p -> p.communeCode().equals("tan-phuc"))
                .mapToInt(p -> p.roundKey()).findFirst().orElseThrow();
    }
}
