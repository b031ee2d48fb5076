package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.office.OfficeKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package export} at the commune and {@code package import} at the province, as a technician runs them. */
class PackageCommandTest {

    @TempDir
    Path communeFolder;
    @TempDir
    Path provinceFolder;
    @TempDir
    Path stick;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void exportThenImportIntoAnEmptyFolderMakesItAProvinceOffice() throws Exception {
        int roundId;
        ExchangeFixture fixture = new ExchangeFixture(communeFolder);
        roundId = fixture.round.id();
        fixture.context.close();
        Path out = stick.resolve("goi-tan-phuc.zip");

        CliRun export = run("--data-dir", communeFolder.toString(), "package", "export", "--round",
                String.valueOf(roundId), "--out", out.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã ghi gói").contains("3 ý kiến");
        assertThat(out).exists();
        Path junk = Files.writeString(stick.resolve("khong-phai-goi.zip"), "không phải zip");

        CliRun dry = run("--data-dir", provinceFolder.toString(), "package", "import", out.toString(), "--dry-run", "--trust");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains(out + "\tNEW\tXã Tân Phúc (tan-phuc)").contains("Chạy thử");

        CliRun imported = run("--data-dir", provinceFolder.toString(), "package", "import", "--trust", stick.toString());

        assertThat(imported.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(imported.out().lines()).contains(out + "\tNEW\tXã Tân Phúc (tan-phuc), "
                + "Tiếp xúc cử tri trước kỳ họp thứ ba, HĐND xã, gói số 1, 3 ý kiến");
        assertThat(imported.out()).contains(junk + "\tREFUSED\tKhông phải gói của cutri");
        assertThat(imported.out()).contains("Tổng 2 gói: 1 mới, 0 thay thế, 0 không đổi, 1 bị từ chối.");
        assertThat(imported.err().lines()).containsExactly("Gói " + junk + " bị từ chối: Không phải gói của cutri hoặc tệp"
                + " bị hỏng, cắt cụt (không đọc được dạng zip). Hãy xin xã gửi lại gói.");

        CliRun again = run("--data-dir", provinceFolder.toString(), "package", "import", out.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains(out + "\tUNCHANGED\t");
        try (AppContext province = TestContexts.open(provinceFolder)) {
            assertThat(province.office().get().officeKind()).isEqualTo(OfficeKind.PROVINCE);
            assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(3);
        }
    }

    @Test
    void importIntoACommunesFolderIsRefusedWithAVietnameseMessage() throws Exception {
        ExchangeFixture fixture = new ExchangeFixture(communeFolder);
        int roundId = fixture.round.id();
        fixture.context.close();
        assertThat(run("--data-dir", communeFolder.toString(), "package", "export", "--round", String.valueOf(roundId),
                "--out", stick.toString()).exit()).isZero();

        CliRun result = run("--data-dir", communeFolder.toString(), "package", "import", stick.toString());

        assertThat(result.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err()).contains("văn phòng xã").doesNotContain("Exception");
    }

    @Test
    void aFirstPackageIsRefusedWithItsFingerprintUntilTrustedAndTheKeysAreListed() throws Exception {
        ExchangeFixture fixture = new ExchangeFixture(communeFolder);
        int roundId = fixture.round.id();
        fixture.context.close();
        CliRun key = run("--data-dir", communeFolder.toString(), "key");
        assertThat(key.exit()).as(key.err()).isZero();
        String fingerprint = key.out().strip();
        assertThat(fingerprint).matches("\\d{5} \\d{5} \\d{5} \\d{5}");
        assertThat(run("--data-dir", communeFolder.toString(), "key").out().strip()).isEqualTo(fingerprint);
        Path out = stick.resolve("cutri-tan-phuc.zip");
        assertThat(run("--data-dir", communeFolder.toString(), "package", "export", "--round", String.valueOf(roundId),
                "--out", out.toString()).exit()).isZero();

        // Without --trust: refused, the fingerprint printed, nothing made in the province's folder.
        CliRun refused = run("--data-dir", provinceFolder.toString(), "package", "import", out.toString());
        assertThat(refused.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.out()).contains(out + "\tREFUSED\tGói đầu tiên của xã Tân Phúc (tan-phuc)", fingerprint);
        assertThat(refused.err().lines()).singleElement().asString().contains(fingerprint, "gọi điện");
        try (var listed = Files.list(provinceFolder)) {
            assertThat(listed).isEmpty();
        }

        CliRun trusted = run("--data-dir", provinceFolder.toString(), "package", "import", "--trust", out.toString());
        assertThat(trusted.exit()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains(out + "\tNEW\t");

        CliRun keys = run("--data-dir", provinceFolder.toString(), "keys");
        assertThat(keys.exit()).as(keys.err()).isZero();
        assertThat(keys.out().lines()).singleElement().asString()
                .startsWith("tan-phuc\tTân Phúc\t" + fingerprint + "\t")
                .endsWith("\t" + System.getProperty("user.name") + "\tFIRST_PACKAGE");
        // Later packages of the commune need no --trust; the trusted key stays as it was.
        CliRun again = run("--data-dir", provinceFolder.toString(), "package", "import", out.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains(out + "\tUNCHANGED\t");
        assertThat(run("--data-dir", provinceFolder.toString(), "keys").out()).isEqualTo(keys.out());
    }
}
