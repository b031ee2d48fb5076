package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.office.OfficeKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package import} and {@code package export} refuse what they must, with one Vietnamese line on standard
 * error, and a refusal or a dry run changes nothing: the data folder's files and its database dump are the same
 * after as before.
 */
class PackageCommandRefusalTest {

    @TempDir
    static Path communeFolder;
    private static int roundId;
    private static byte[] valid;

    @TempDir
    Path files;
    @TempDir
    Path parent;

    @BeforeAll
    static void commune() {
        ExchangeFixture commune = new ExchangeFixture(communeFolder);
        try {
            roundId = commune.round.id();
            valid = commune.context.packageExporter().export(roundId, false, List.of()).bytes();
        } finally {
            commune.context.close();
        }
    }

    private Path province() {
        return parent.resolve("tinh");
    }

    private static CliRun importing(Path folder, String... more) {
        List<String> args = new ArrayList<>(List.of("--data-dir", folder.toString(), "package", "import"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Exit code 2 and exactly one line on standard error, naming the file, with no trace of Java. */
    private static String refusedLine(CliRun run, Path file) {
        assertThat(run.exit()).as(run.err()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(run.err().lines()).hasSize(1);
        String line = run.err().lines().findFirst().orElseThrow();
        assertThat(line).startsWith("Gói " + file + " bị từ chối: ")
                .doesNotContainPattern(HostilePackageTest.ENGLISH_LIBRARY_TEXT);
        return line;
    }

    @Test
    void aRefusedPackageLeavesAnEmptyDataFolderAsItWasNotAProvinceOfficeNamedAfterIt() {
        // The reproduction: a version too long for the province's tables used to set the folder up as the
        // province of the refused package, then fail with "Không lưu được gói".
        Path bad = ExchangeFixture.write(files, "cutri-tan-phuc-1-1.zip", ExchangeFixture.withText(valid,
                "manifest.json", json -> json.replace("\"program_version\" : \"", "\"program_version\" : \""
                        + "9".repeat(41))));
        FolderState before = FolderState.of(province());

        CliRun run = importing(province(), bad.toString());

        assertThat(refusedLine(run, bad)).contains("manifest.json").contains("\"program_version\"")
                .contains("quá 40 ký tự");
        assertThat(run.out()).contains(bad + "\tREFUSED\t");
        assertThat(FolderState.of(province())).isEqualTo(before);
        assertThat(province()).doesNotExist();
    }

    @Test
    void aDryRunCreatesNoDatabaseAndARefusalChangesNothingInAProvincesData() {
        Path good = ExchangeFixture.write(files, "cutri-tan-phuc-1-1.zip", valid);

        CliRun dry = importing(province(), good.toString(), "--dry-run", "--trust");

        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains(good + "\tNEW\t").contains("Chạy thử");
        assertThat(province()).doesNotExist();

        assertThat(importing(province(), good.toString(), "--trust").exit()).isZero();
        FolderState before = FolderState.of(province());
        Path newer = ExchangeFixture.write(files, "cutri-tan-phuc-1-2.zip", ExchangeFixture.withText(valid,
                "data/meetings.json", json -> json.replaceFirst("\"date\" : \"2026-12-0\\d\"",
                        "\"date\" : \"+999999999-12-31\"")));

        refusedLine(importing(province(), newer.toString()), newer);
        refusedLine(importing(province(), newer.toString(), "--dry-run"), newer);

        assertThat(FolderState.of(province())).isEqualTo(before);
        try (AppContext context = TestContexts.open(province())) {
            assertThat(context.office().get().officeKind()).isEqualTo(OfficeKind.PROVINCE);
            assertThat(context.importedPackages().totals().opinionCount()).isEqualTo(3);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: before the fix these imports never ended
    void onlyRegularFilesAreReadADeviceAPipeOrAFolderIsRefusedAtOnce() throws Exception {
        Path pipe = files.resolve("x.zip");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(refusedLine(importing(province(), "/dev/zero"), Path.of("/dev/zero")))
                .contains("Đây không phải một tệp thường");
        assertThat(refusedLine(importing(province(), pipe.toString()), pipe)).contains("không phải một tệp thường");
        Path folderNamedZip = Files.createDirectory(files.resolve("y.zip"));
        CliRun both = importing(province(), files.toString());
        assertThat(both.err().lines()).containsExactly("2 gói bị từ chối; lý do của từng gói ở các dòng REFUSED phía trên.");
        assertThat(both.out()).contains(pipe + "\tREFUSED\tĐây không phải một tệp thường")
                .contains(folderNamedZip + "\tREFUSED\tĐây là một thư mục");
        assertThat(province()).doesNotExist();
    }

    @Test
    void aPackageIsWrittenOnlyToAZipFileAndNamesLeaveOnlyWhenConfirmed() throws Exception {
        Path text = files.resolve("x.txt");
        CliRun txt = CliRun.of("--data-dir", communeFolder.toString(), "package", "export", "--round",
                String.valueOf(roundId), "--out", text.toString());
        assertThat(txt.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(txt.err().lines()).containsExactly("Tệp gói phải có đuôi .zip, không ghi được vào " + text + ". Hãy"
                + " đặt tên như cutri-tan-phuc-5-1.zip, hoặc chỉ ra một thư mục để chương trình tự đặt tên. Chưa có gì"
                + " thay đổi.");

        CliRun unconfirmed = CliRun.of("--data-dir", communeFolder.toString(), "package", "export", "--round",
                String.valueOf(roundId), "--out", files.toString(), "--with-names");
        assertThat(unconfirmed.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unconfirmed.err().lines()).singleElement().asString().contains("--confirm-names");
        assertThat(files).isEmptyDirectory();

        CliRun confirmed = CliRun.of("--data-dir", communeFolder.toString(), "package", "export", "--round",
                String.valueOf(roundId), "--out", files.toString(), "--with-names", "--confirm-names");
        assertThat(confirmed.exit()).as(confirmed.err()).isZero();
        // Neither refusal used up a sequence number: the first package written is number 2 (the fixture made 1).
        Path written = files.resolve("cutri-tan-phuc-" + roundId + "-2.zip");
        assertThat(new String(ExchangeFixture.entries(Files.readAllBytes(written)).get("data/opinions.json"),
                java.nio.charset.StandardCharsets.UTF_8)).contains(ExchangeFixture.SPEAKER);
    }
}
