package org.cutri.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.exchange.ExchangeFixture;
import org.cutri.exchange.ExportedReturn;
import org.cutri.exchange.OfficeKey;
import org.cutri.exchange.ReturnData;
import org.cutri.exchange.ReturnFormat;
import org.cutri.exchange.ReturnPackageReader;
import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile return packages (docs/hostile-cases.md): each is refused at the commune with a reason in Vietnamese and
 * nothing stored (follow-ups, opinions' statuses, packages taken, trusted key), after the commune took the province's
 * first return package. The genuine next package is still taken after them.
 */
class ReturnPackageHostileTest {

    @TempDir
    static Path folder;

    private static ReturnLoop loop;
    /** The province's genuine next package (2), not yet taken. */
    private static ExportedReturn second;
    private static String firstManifestSha;
    private static OfficeKey provinceKey;
    private static List<ReturnData.ReturnedAnswer> answers;
    private static AppContext communeData;

    @BeforeAll
    static void communeTookTheFirstReturnPackage() {
        loop = new ReturnLoop(folder);
        loop.provinceAnswers();
        ExportedReturn first;
        try (AppContext p = TestContexts.open(loop.province)) {
            first = p.returnPackages().build(ReturnLoop.COMMUNE);
            second = p.returnPackages().build(ReturnLoop.COMMUNE);
            provinceKey = p.officeKeys().key();
        }
        firstManifestSha = first.manifestSha256();
        communeData = TestContexts.open(loop.commune);
        ReturnImportSummary taken = communeData.returnImports().importFile(write("tra-loi-1.zip", first.bytes()),
                ReturnApprovals.of(true, false));
        assertThat(taken.outcome()).isEqualTo(ReturnImportSummary.Outcome.APPLIED);
        answers = new ReturnPackageReader().read(write("tra-loi-2-doc.zip", second.bytes())).answers();
    }

    @AfterAll
    static void close() {
        communeData.close();
        communeData = null;
        loop = null;
        second = null;
        provinceKey = null;
        answers = null;
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(loop.files.resolve(name), bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports (dry run, then for real) and returns the refusal's reason, after checking nothing stored changed. */
    private static String refused(byte[] bytes) {
        return refused(write("goi-" + System.nanoTime() + ".zip", bytes));
    }

    private static String refused(Path file) {
        return refused(file, ReturnApprovals.of(true, false));
    }

    private static String refused(Path file, ReturnApprovals approvals) {
        String before = ReturnLoop.stored(communeData);
        ReturnImportSummary dry = communeData.returnImports().dryRun(file, approvals);
        ReturnImportSummary done = communeData.returnImports().importFile(file, approvals);
        assertThat(dry.outcome()).isEqualTo(ReturnImportSummary.Outcome.REFUSED);
        assertThat(done.outcome()).isEqualTo(ReturnImportSummary.Outcome.REFUSED);
        assertThat(ReturnLoop.stored(communeData)).isEqualTo(before);
        String reason = done.reason(TestContexts.VI);
        assertThat(reason).isNotBlank().doesNotContain("Exception").doesNotContain("returns.");
        return reason;
    }

    /** A return package of the province with other answers, another sequence, or for another commune. */
    private static byte[] built(String communeCode, List<ReturnData.ReturnedAnswer> content, int sequence, OfficeKey key) {
        return ReturnFormat.build(new ReturnFormat.Content("Tỉnh Mẫu", communeCode, "Xã Tân Phúc", content), sequence,
                firstManifestSha, key, Instant.now(), "test").bytes();
    }

    /** The package with its entries changed, the manifest listing them again and then changed; the signature kept. */
    private static byte[] edited(byte[] pkg, Consumer<Map<String, byte[]>> change, Consumer<ObjectNode> manifestChange) {
        return ExchangeFixture.rebuilt(pkg, entries -> {
            change.accept(entries);
            return entries;
        }, manifestChange, null, null);
    }

    @Test
    void anAnswerEditedWithItsHashesRecomputedIsRefusedByTheSignature() {
        byte[] forged = edited(second.bytes(), entries -> entries.put(ReturnFormat.ANSWERS, new String(
                entries.get(ReturnFormat.ANSWERS), StandardCharsets.UTF_8).replace("quý IV năm 2026", "năm 2035")
                .getBytes(StandardCharsets.UTF_8)), manifest -> { });

        assertThat(refused(forged)).isEqualTo("Gói trả lời đã bị sửa sau khi tỉnh ký (chữ ký không khớp nội dung)."
                + " Không nhận gói này; hãy xin tỉnh gửi lại gói.");
    }

    @Test
    void aPackageSignedByAnotherKeyIsRefused() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        OfficeKey forger = new OfficeKey(other.getPublic().getEncoded(), other.getPrivate());

        assertThat(refused(built(ReturnLoop.COMMUNE, answers, 2, forger)))
                .startsWith("Gói trả lời được ký bằng khóa khác với khóa của tỉnh")
                .contains(provinceKey.fingerprint()).contains(forger.fingerprint());
    }

    @Test
    void anUnsignedPackageIsRefused() {
        byte[] unsigned = edited(second.bytes(), entries -> { }, manifest -> manifest.remove("signature"));

        assertThat(refused(unsigned)).startsWith("Gói trả lời không có chữ ký của tỉnh");
    }

    @Test
    void aPackageForAnotherCommuneIsRefused() {
        assertThat(refused(built("xa-khac", answers, 2, provinceKey)))
                .isEqualTo("Gói trả lời này là của xã Xã Tân Phúc (mã xa-khac), không phải của xã này (mã tan-phuc)."
                        + " Không nhận gì; hãy gửi tệp cho đúng xã.");
    }

    @Test
    void theCommunesOwnHandOverPackageIsNoReturnPackage() {
        assertThat(refused(loop.communePackage)).startsWith("Đây là gói dữ liệu xã gửi tỉnh, không phải gói trả lời");
    }

    @Test
    void theProvinceRefusesAReturnPackageAsACommunesPackage() {
        Path answersFile = write("tra-loi-o-tinh.zip", second.bytes());
        try (AppContext p = TestContexts.open(loop.province)) {
            var totals = p.importedPackages().totals();
            PackageImportSummary summary = p.packageImporter().importAll(List.of(answersFile), Approvals.of(true, false))
                    .get(0);
            assertThat(summary.outcome()).isEqualTo(PackageImportSummary.Outcome.REFUSED);
            assertThat(summary.reason(TestContexts.VI)).startsWith("Đây là gói trả lời của tỉnh gửi về xã, không phải"
                    + " gói dữ liệu xã gửi tỉnh.");
            assertThat(p.importedPackages().totals()).isEqualTo(totals);
        }
    }

    @Test
    void sequence2147483647IsAGapAndTheRealNextPackageIsStillTaken() {
        assertThat(refused(built(ReturnLoop.COMMUNE, answers, Integer.MAX_VALUE, provinceKey)))
                .startsWith("Gói trả lời số 2147483647 không nối tiếp gói số 1 đã nhận: còn thiếu gói số 2–2147483646.");

        ReturnImportSummary real = communeData.returnImports().importFile(write("tra-loi-2.zip", second.bytes()),
                ReturnApprovals.NONE);
        assertThat(real.outcome()).as(real.reason(TestContexts.VI)).isEqualTo(ReturnImportSummary.Outcome.APPLIED);
        assertThat(real.sequence()).isEqualTo(2);
    }

    @Test
    void zipSlipIsRefusedAndNothingIsWrittenOutside() {
        Map<String, byte[]> entries = new LinkedHashMap<>(ExchangeFixture.entries(second.bytes()));
        entries.put("../../tra-loi-thoat.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(refused(ExchangeFixture.zip(entries))).isEqualTo("Gói có đường dẫn không an toàn"
                + " \"../../tra-loi-thoat.json\" (có .., đường dẫn tuyệt đối hoặc ký tự lạ). Không nhập gì từ tệp này.");
        assertThat(loop.files.getParent().getParent().resolve("tra-loi-thoat.json")).doesNotExist();
    }

    @Test
    void anEntryLargerThanDeclaredIsNotInflated() {
        byte[] bomb = edited(second.bytes(), entries -> { }, manifest -> { });
        Map<String, byte[]> entries = new LinkedHashMap<>(ExchangeFixture.entries(bomb));
        // 20 MB of zeros compress to a few KB: the manifest still declares the small genuine entry.
        entries.put(ReturnFormat.ANSWERS, new byte[20 << 20]);

        assertThat(refused(ExchangeFixture.zip(entries)))
                .isEqualTo("Phần data/answers.json của gói lớn hơn kích thước đã khai báo. Không nhập gì từ tệp này.");
    }

    @Test
    void aHugeDeclaredEntryOrFileIsRefusedUnread() throws IOException {
        byte[] huge = edited(second.bytes(), entries -> { },
                manifest -> ((ObjectNode) manifest.get("entries").get(0)).put("size", 100L << 30));
        assertThat(refused(huge)).startsWith("Phần data/answers.json của gói lớn quá 64 MB");

        Path sparse = loop.files.resolve("tra-loi-khong-lo.zip");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(70L << 20);
        }
        assertThat(refused(sparse)).startsWith("Gói lớn quá");
    }

    /** The package's answers with the answered opinions' letter dated {@code answered}, the rest as they are. */
    private static List<ReturnData.ReturnedAnswer> answeredOn(LocalDate answered) {
        return answers.stream().map(a -> a.answer() == null ? a : new ReturnData.ReturnedAnswer(a.opinionCode(),
                a.status(), a.forwarding(), new ReturnData.Reply(a.answer().agency(), a.answer().letterNo(), answered,
                        a.answer().text(), a.answer().resultKind()), a.redirectedTo(), a.updatedAt())).toList();
    }

    @Test
    void anAnswerDatedBeforeTheVotersRaisedItOrAfterTodayIsRefusedWithItsCodeAndDates() {
        LocalDate raised = loop.group.lastRaisedOn();
        LocalDate tooEarly = raised.minusDays(3);
        String early = refused(built(ReturnLoop.COMMUNE, answeredOn(tooEarly), 2, provinceKey));
        assertThat(early).isEqualTo("Gói trả lời ghi ý kiến " + loop.group.code() + " được trả lời ngày "
                + DateText.format(tooEarly) + ", sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(raised) + ")."
                + " Không nhận gì; hãy gọi điện cho tỉnh để sửa ngày rồi gửi lại gói.");

        LocalDate today = LocalDate.now();
        LocalDate tomorrow = today.plusDays(1);
        assertThat(refused(built(ReturnLoop.COMMUNE, answeredOn(tomorrow), 2, provinceKey)))
                .startsWith("Gói trả lời ghi ý kiến " + loop.group.code() + " được trả lời ngày "
                        + DateText.format(tomorrow) + ", sau hôm nay (" + DateText.format(today) + ").");

        LocalDate forwarded = answers.stream().filter(a -> a.answer() != null).findFirst().orElseThrow().forwarding()
                .date();
        assertThat(refused(built(ReturnLoop.COMMUNE, answeredOn(forwarded.minusDays(1)), 2, provinceKey)))
                .contains("sớm hơn ngày chuyển ý kiến (" + DateText.format(forwarded) + ")");
    }

    @Test
    void aPackageWhoseCodesAreAllUnknownIsRefused() {
        List<ReturnData.ReturnedAnswer> strangers = answers.stream().map(a -> new ReturnData.ReturnedAnswer(
                "khong-co-" + a.opinionCode(), a.status(), a.forwarding(), a.answer(), a.redirectedTo(), a.updatedAt()))
                .toList();

        // A sequence far ahead, the gap accepted: the codes are what is refused, whatever was taken before.
        Path file = write("tra-loi-ma-la.zip", built(ReturnLoop.COMMUNE, strangers, 1000, provinceKey));
        assertThat(refused(file, ReturnApprovals.of(false, true))).isEqualTo("Không mã ý kiến nào trong " + (loop.group.codes().size() + 2)
                + " câu trả lời của gói là ý kiến đã thông qua của xã này. Không nhận gì; hãy kiểm tra với tỉnh.");
    }

    @Test
    void theGenuinePackageFollowsThePublishedSchemaAndTheSchemaCatchesAWrongAnswer() throws IOException {
        Map<String, byte[]> entries = ExchangeFixture.entries(second.bytes());
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode schema;
        try (var in = getClass().getResourceAsStream("/org/cutri/exchange/answers-v1.schema.json")) {
            schema = mapper.readTree(in);
        }
        var factory = com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012);
        ObjectNode answersSchema = mapper.createObjectNode();
        answersSchema.set("$defs", schema.get("$defs"));
        answersSchema.put("$ref", "#/$defs/answersFile");
        var answersFile = (ObjectNode) mapper.readTree(entries.get(ReturnFormat.ANSWERS));

        assertThat(factory.getSchema(schema).validate(mapper.readTree(entries.get("manifest.json")))).isEmpty();
        assertThat(factory.getSchema(answersSchema).validate(answersFile)).isEmpty();
        // An answered opinion without its answer breaks the schema, as it is refused by the reader.
        for (var answer : answersFile.get("answers")) {
            if ("ANSWERED".equals(answer.get("status").asText())) {
                ((ObjectNode) answer).putNull("answer");
            }
        }
        assertThat(factory.getSchema(answersSchema).validate(answersFile)).isNotEmpty();
    }
}
