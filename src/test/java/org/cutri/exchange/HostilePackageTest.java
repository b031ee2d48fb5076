package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.province.ImportedTotals;
import org.cutri.app.AppContext;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, tampered, unknown and hostile files are refused with a clear reason, and nothing is stored from them. */
class HostilePackageTest {

    @TempDir
    static Path communeFolder;
    private static byte[] valid;

    @TempDir
    Path provinceFolder;
    @TempDir
    Path files;
    private AppContext province;

    @BeforeAll
    static void export() {
        ExchangeFixture commune = new ExchangeFixture(communeFolder);
        try {
            valid = commune.context.packageExporter().export(commune.round.id(), false, List.of()).bytes();
        } finally {
            commune.context.close();
        }
    }

    @AfterAll
    static void forget() {
        valid = null;
    }

    @BeforeEach
    void open() {
        province = TestContexts.open(provinceFolder);
    }

    @AfterEach
    void close() {
        province.close();
    }

    /** Imports the file and returns the reason it was refused, after checking nothing was stored. */
    private String refusal(byte[] bytes) {
        Path file = ExchangeFixture.write(files, "cutri-goi.zip", bytes);
        PackageImportSummary dry = province.packageImporter().dryRun(List.of(file), Approvals.of(true, false)).get(0);
        PackageImportSummary summary = province.packageImporter().importAll(List.of(file), Approvals.of(true, false)).get(0);
        assertThat(dry.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(summary.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(province.importedPackages().totals()).isEqualTo(new ImportedTotals(0, 0, 0, 0, 0));
        String reason = summary.reason(TestContexts.VI);
        assertThat(dry.reason(TestContexts.VI)).isEqualTo(reason);
        assertThat(reason).doesNotContainPattern(ENGLISH_LIBRARY_TEXT);
        return reason;
    }

    /** Words of Jackson's and the JDK's own messages, which must never reach the user. */
    static final String ENGLISH_LIBRARY_TEXT = "(?i)exception|cannot|unexpected|expected|deserializ|token|java\\.|"
            + "\\bnot an?\\b|missing|\\btext '|unrecognized|out of range|line: |column: ";

    /** The valid package with one data file's (or the manifest's) text changed and the manifest listing it again. */
    private static byte[] withText(String entry, UnaryOperator<String> change) {
        return ExchangeFixture.withText(valid, entry, change);
    }

    /** The whole refusal of a package whose data is wrong at {@code where}. */
    static String wrong(String where, String problem) {
        return "Nội dung gói không đúng: phần " + where + ": " + problem
                + ". Không nhập gì từ tệp này; hãy xin xã gửi lại gói.";
    }

    private static byte[] firstMeetingDated(String date) throws Exception {
        return withText("data/meetings.json", json -> json.replaceFirst("\"date\" : \"2026-12-0\\d\"",
                "\"date\" : \"" + date + "\""));
    }

    @Test
    void aMeetingDatedBeyondTheYear2100IsRefusedNamingTheEntryTheMeetingAndTheField() throws Exception {
        assertThat(refusal(firstMeetingDated("+999999999-12-31"))).isEqualTo(wrong("data/meetings.json, cuộc tiếp xúc"
                + " thứ 1, trường \"date\"", "ngày +999999999-12-31 không nằm trong khoảng các năm 1945–2100"));
        // A date of the wrong shape is told in Vietnamese, without the library's text.
        assertThat(refusal(firstMeetingDated("2026-13-45"))).isEqualTo(wrong("data/meetings.json, cuộc tiếp xúc thứ 1,"
                + " trường \"date\"", "\"2026-13-45\" không đúng dạng: cần một ngày dạng YYYY-MM-DD"));
    }

    @Test
    void everyDateOfTheRoundAndTheManifestIsCheckedAgainstTheYears1945To2100() throws Exception {
        assertThat(refusal(withText("data/round.json", json -> json.replace("\"session_date\" : \"2026-12-17\"",
                "\"session_date\" : \"1900-01-01\"")))).contains("data/round.json").contains("\"round.session_date\"")
                .contains("1900-01-01").contains("1945–2100");
        assertThat(refusal(withText("manifest.json", json -> json.replaceFirst("\"created_at\" : \"[^\"]+\"",
                "\"created_at\" : \"+10000-01-01T00:00:00Z\"")))).contains("manifest.json").contains("\"created_at\"")
                .contains("1945–2100");
        assertThat(refusal(withText("manifest.json", json -> json.replace("\"start_date\" : \"2026-12-01\"",
                "\"start_date\" : \"-0001-12-01\"")))).contains("manifest.json").contains("\"round.start_date\"");
    }

    @Test
    void wrongTypesAndHugeNumbersAreToldByFieldInVietnamese() throws Exception {
        assertThat(refusal(withText("data/opinions.json", json -> json.replaceFirst("\"approved\" : (true|false)",
                "\"approved\" : [1]")))).contains("ý kiến thứ 1, trường \"approved\": không đúng kiểu: cần true hoặc false");
        assertThat(refusal(withText("data/opinions.json", json -> json.replaceFirst("\"seq\" : \\d+",
                "\"seq\" : 99999999999")))).contains("ý kiến thứ 1, trường \"seq\": số quá lớn");
        assertThat(refusal(withText("data/meetings.json", json -> json.replaceFirst("\"voters_invited\" : [^,]+,",
                "\"voters_invited\" : -5,")))).contains("cuộc tiếp xúc thứ 1, trường \"voters_invited\": -5 nằm ngoài");
        assertThat(refusal(withText("data/groups.json", json -> "{\"format_version\": 1, \"groups\": {}}")))
                .contains("data/groups.json, trường \"groups\": không đúng kiểu: cần một danh sách");
        assertThat(refusal(withText("data/opinions.json", json -> json.replaceFirst("\"format_version\" : 1,",
                "\"format_version\" : 1, \"format_version\" : 1,")))).contains("trường \"format_version\" có hai lần");
        assertThat(refusal(withText("data/opinions.json", json -> json.substring(0, json.length() / 2))))
                .contains("data/opinions.json").contains("không phải JSON hợp lệ");
        assertThat(refusal(withText("data/opinions.json", json -> json.replaceFirst("\"content\" : \"[^\"]*\",", ""))))
                .contains("ý kiến thứ 1, trường \"content\": thiếu giá trị");
    }

    @Test
    void anOversizedNameOrVersionGetsAPreciseMessageNotAGenericStoreFailure() throws Exception {
        assertThat(refusal(withText("manifest.json", json -> json.replace("\"program_version\" : \"",
                "\"program_version\" : \"" + "9".repeat(41))))).startsWith("Nội dung gói không đúng: phần manifest.json,"
                + " trường \"program_version\": dài ").contains("ký tự, quá 40 ký tự cho phép. Không nhập gì từ tệp này");
        assertThat(refusal(withText("manifest.json", json -> json.replace("\"province\" : \"",
                "\"province\" : \"" + "Tỉnh ".repeat(60))))).contains("manifest.json").contains("\"commune.province\"")
                .contains("quá 200 ký tự");
        assertThat(refusal(withText("data/meetings.json", json -> json.replaceFirst("\"name\" : \"",
                "\"name\" : \"" + "Đại biểu ".repeat(30))))).contains("cuộc tiếp xúc thứ 1, đại biểu thứ 1, trường \"name\"")
                .contains("quá 200 ký tự");
    }

    /** The valid package with entries changed, the manifest rewritten (when asked) to list them with right hashes. */
    private static byte[] withEntries(UnaryOperator<Map<String, byte[]>> change, boolean relist) throws Exception {
        return relist ? ExchangeFixture.relisted(valid, change)
                : ExchangeFixture.zip(change.apply(new LinkedHashMap<>(ExchangeFixture.entries(valid))));
    }

    /**
     * A package is one more way text comes in: a right-to-left override or a NUL inside an opinion reaches neither
     * the province's data nor its reports (issue 8, point 13).
     */
    @Test
    void controlCharactersInAPackagesTextAreNotStored() throws Exception {
        byte[] bytes = withText("data/opinions.json", json -> json.replace("\"content\" : \"",
                "\"content\" : \"\\u202E\\u0000"));
        Path file = ExchangeFixture.write(files, "cutri-goi.zip", bytes);

        assertThat(province.packageImporter().importAll(List.of(file), Approvals.of(true, false))).extracting(PackageImportSummary::outcome)
                .containsExactly(Outcome.NEW);
        List<String> stored = province.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT content FROM imported_opinion").mapTo(String.class).list());
        assertThat(stored).containsExactlyInAnyOrder("Đề nghị sửa đường liên xóm đoạn qua cầu Bến đã xuống cấp",
                "Phản ánh tình trạng đổ rác bừa bãi ven kênh", "Đề nghị lắp thêm đèn chiếu sáng đường thôn");
    }

    @Test
    void theUntouchedPackageIsAccepted() {
        Path file = ExchangeFixture.write(files, "cutri-goi.zip", valid);
        assertThat(province.packageImporter().importAll(List.of(file), Approvals.of(true, false))).extracting(PackageImportSummary::outcome)
                .containsExactly(Outcome.NEW);
    }

    @Test
    void aPathClimbingOutOfTheFolderIsRefused() throws Exception {
        byte[] hostile = withEntries(e -> {
            e.put("report/../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }, true);
        assertThat(refusal(hostile)).contains("đường dẫn không an toàn").contains("..");
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        byte[] hostile = withEntries(e -> {
            e.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }, true);
        assertThat(refusal(hostile)).contains("đường dẫn không an toàn").contains("/etc/cron.d/evil");
    }

    @Test
    void aDriveLetterPathIsRefused() throws Exception {
        byte[] hostile = withEntries(e -> {
            e.put("C:\\Windows\\evil.dll", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }, false);
        assertThat(refusal(hostile)).contains("đường dẫn không an toàn");
    }

    @Test
    void anEntryFarLargerThanDeclaredIsRefusedWithoutInflatingIt() throws Exception {
        byte[] zeros = new byte[10 * 1024 * 1024];
        byte[] hostile = withEntries(e -> {
            e.put("report/zeros.bin", zeros);
            return e;
        }, true);
        // Declare 10 bytes (and the hash of 10 zero bytes) for the 10 MB entry.
        ObjectMapper mapper = new ObjectMapper();
        Map<String, byte[]> entries = new LinkedHashMap<>(ExchangeFixture.entries(hostile));
        ObjectNode manifest = (ObjectNode) mapper.readTree(entries.get("manifest.json"));
        for (var entry : manifest.withArray("entries")) {
            if (entry.get("path").asText().equals("report/zeros.bin")) {
                ((ObjectNode) entry).put("size", 10).put("sha256", PackageFormat.sha256Hex(new byte[10]));
            }
        }
        entries.put("manifest.json", mapper.writeValueAsBytes(manifest));
        byte[] bomb = ExchangeFixture.zip(entries);
        assertThat(bomb.length).isLessThan(200_000);

        assertThat(refusal(bomb)).contains("report/zeros.bin").contains("lớn hơn kích thước đã khai báo");
    }

    @Test
    void aTamperedOpinionIsRefusedByItsHash() throws Exception {
        byte[] tampered = withEntries(e -> {
            String opinions = new String(e.get("data/opinions.json"), StandardCharsets.UTF_8);
            e.put("data/opinions.json", opinions.replace("đèn chiếu sáng", "đèn chiếu sán").getBytes(StandardCharsets.UTF_8));
            return e;
        }, false);
        assertThat(refusal(tampered)).contains("đã bị sửa hoặc hỏng").contains("data/opinions.json");
    }

    @Test
    void aPackageOfANewerFormatIsRefusedAskingForAnUpdate() throws Exception {
        byte[] newer = withEntries(e -> {
            String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8);
            e.put("manifest.json", manifest.replace("\"format_version\" : 1", "\"format_version\" : 2")
                    .getBytes(StandardCharsets.UTF_8));
            return e;
        }, false);
        assertThat(refusal(newer)).contains("phiên bản mới hơn").contains("cập nhật");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        assertThat(refusal("Biên bản hội nghị".getBytes(StandardCharsets.UTF_8))).contains("không đọc được dạng zip");
    }

    @Test
    void aTruncatedPackageIsRefused() {
        assertThat(refusal(Arrays.copyOf(valid, valid.length / 2))).contains("không đọc được dạng zip");
    }

    @Test
    void aZipWithoutManifestIsRefused() throws Exception {
        byte[] other = ExchangeFixture.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(other)).contains("đường dẫn không an toàn");
        byte[] noManifest = withEntries(e -> {
            e.remove("manifest.json");
            return e;
        }, false);
        assertThat(refusal(noManifest)).contains("manifest.json");
    }

    @Test
    void aSpeakerNameInAPackageMadeWithoutNamesIsRefused() throws Exception {
        byte[] named = withEntries(e -> {
            String opinions = new String(e.get("data/opinions.json"), StandardCharsets.UTF_8);
            e.put("data/opinions.json", opinions.replaceFirst("\"speaker_name\" : null", "\"speaker_name\" : \"Ai Đó\"")
                    .getBytes(StandardCharsets.UTF_8));
            return e;
        }, true);
        assertThat(refusal(named)).isEqualTo(wrong("data/opinions.json, ý kiến thứ 1, trường \"speaker_name\"",
                "có tên người nêu ý kiến trong gói làm không kèm tên"));
    }

    @Test
    void oneBadFileInABatchDoesNotStopTheGoodOne() {
        Path good = ExchangeFixture.write(files, "good.zip", valid);
        Path bad = ExchangeFixture.write(files, "bad.zip", Arrays.copyOf(valid, 100));

        List<PackageImportSummary> result = province.packageImporter().importAll(List.of(bad, good), Approvals.of(true, false));

        assertThat(result).extracting(PackageImportSummary::outcome).containsExactly(Outcome.REFUSED, Outcome.NEW);
        assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(3);
    }
}
