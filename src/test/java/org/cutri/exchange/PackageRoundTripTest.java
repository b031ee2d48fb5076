package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.province.ImportedPackage;
import org.cutri.province.ImportedOpinion;
import org.cutri.province.ImportedTotals;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.office.OfficeKind;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commune exports a round; the province imports it into its own data folder and holds the same data. */
class PackageRoundTripTest {

    @TempDir
    Path communeFolder;
    @TempDir
    Path provinceFolder;
    @TempDir
    Path stick;

    private ExchangeFixture commune;
    private AppContext province;

    @BeforeEach
    void open() {
        commune = new ExchangeFixture(communeFolder);
        province = TestContexts.open(provinceFolder);
    }

    @AfterEach
    void close() {
        commune.context.close();
        province.close();
    }

    private Path exportToStick(boolean withNames) {
        ExportedPackage pkg = commune.context.packageExporter().export(commune.round.id(), withNames, List.of());
        return commune.context.packageWriter().writeToFolder(pkg, stick, PackageWriter.Progress.NONE);
    }

    @Test
    void theProvinceHoldsExactlyTheCommunesOpinionsAfterImport() {
        Path file = exportToStick(false);

        List<PackageImportSummary> result = province.packageImporter().importAll(List.of(file), Approvals.of(true, false));

        assertThat(file.getFileName().toString()).isEqualTo("cutri-tan-phuc-" + commune.round.id() + "-1.zip");
        assertThat(result).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(Outcome.NEW);
            assertThat(s.communeName()).isEqualTo("Tân Phúc");
            assertThat(s.opinions()).isEqualTo(3);
        });
        assertThat(province.office().get().officeKind()).isEqualTo(OfficeKind.PROVINCE);
        assertThat(province.office().get().provinceName()).isEqualTo("An Sơn");
        ImportedTotals totals = province.importedPackages().totals();
        assertThat(totals).isEqualTo(new ImportedTotals(1, 1, 2, 3, 0));

        List<Opinion> own = commune.context.opinions().listByMeeting(commune.ben.id());
        List<ImportedOpinion> imported = province.importedPackages().opinions("tan-phuc", commune.round.id());
        assertThat(imported).extracting(ImportedOpinion::code).containsExactly(own.get(0).code(), own.get(1).code(),
                commune.context.opinions().listByMeeting(commune.giua.id()).get(0).code());
        assertThat(imported).extracting(ImportedOpinion::content).containsExactly(
                "Đề nghị sửa đường liên xóm đoạn qua cầu Bến đã xuống cấp",
                "Phản ánh tình trạng đổ rác bừa bãi ven kênh", "Đề nghị lắp thêm đèn chiếu sáng đường thôn");
        assertThat(imported).extracting(ImportedOpinion::hamletName).containsExactly("Xóm Bến", "Xóm Bến", "Xóm Giữa");
        assertThat(imported.get(0).fieldName()).isEqualTo("Giao thông");
        assertThat(imported.get(0).authority()).isEqualTo("COMMUNE");
        assertThat(imported.get(0).approved()).isTrue();
        assertThat(imported.get(1).authorityBody()).isEqualTo("Công ty môi trường");
        assertThat(imported.get(1).answerText()).isEqualTo("Xã sẽ bố trí điểm tập kết rác trong tháng 12.");
        assertThat(imported).extracting(ImportedOpinion::speakerName).containsOnlyNulls();
    }

    @Test
    void speakersNamesTravelOnlyWhenTheOfficeChoosesSo() throws Exception {
        ExportedPackage anonymous = commune.context.packageExporter().export(commune.round.id(), false, List.of());
        for (byte[] entry : ExchangeFixture.entries(anonymous.bytes()).values()) {
            assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain(ExchangeFixture.SPEAKER);
        }
        assertThat(anonymous.manifest().withNames()).isFalse();

        Path named = exportToStick(true);
        province.packageImporter().importAll(List.of(named), Approvals.of(true, false));

        assertThat(province.importedPackages().opinions("tan-phuc", commune.round.id()))
                .extracting(ImportedOpinion::speakerName).containsExactly(ExchangeFixture.SPEAKER, null, null);
    }

    @Test
    void aLaterPackageReplacesTheEarlierOneAndAnOlderOneIsRefused() {
        Path first = exportToStick(false);
        province.packageImporter().importAll(List.of(first), Approvals.of(true, false));
        commune.context.opinions().add(commune.giua.id(), OpinionDraft.of("Đề nghị nạo vét mương tiêu thoát nước"));
        Path second = exportToStick(false);

        List<PackageImportSummary> dry = province.packageImporter().dryRun(List.of(second), Approvals.of(true, false));
        assertThat(dry).extracting(PackageImportSummary::outcome).containsExactly(Outcome.REPLACING);
        assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(3);

        List<PackageImportSummary> replaced = province.packageImporter().importAll(List.of(second), Approvals.of(true, false));
        assertThat(replaced).extracting(PackageImportSummary::outcome).containsExactly(Outcome.REPLACING);
        assertThat(province.importedPackages().totals()).isEqualTo(new ImportedTotals(1, 1, 2, 4, 0));
        assertThat(province.importedPackages().find("tan-phuc", commune.round.id()).orElseThrow().sequenceNo())
                .isEqualTo(2);

        PackageImportSummary older = province.packageImporter().importAll(List.of(first), Approvals.of(true, false)).get(0);
        assertThat(older.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(older.reason(TestContexts.VI)).contains("cũ hơn gói số 2");
        assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(4);
    }

    @Test
    void aBatchWithBothPackagesEndsWithTheLaterWhateverTheOrder() {
        Path first = exportToStick(false);
        commune.context.opinions().add(commune.giua.id(), OpinionDraft.of("Đề nghị nạo vét mương tiêu thoát nước"));
        Path second = exportToStick(false);

        List<PackageImportSummary> result = province.packageImporter().importAll(List.of(second, first), Approvals.of(true, false));

        assertThat(result).extracting(PackageImportSummary::file).containsExactly(second, first);
        assertThat(result).extracting(PackageImportSummary::outcome).containsExactly(Outcome.REPLACING, Outcome.NEW);
        assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(4);
    }

    @Test
    void importingTheSamePackageTwiceChangesNothing() {
        Path file = exportToStick(false);
        province.packageImporter().importAll(List.of(file), Approvals.of(true, false));
        ImportedPackage before = province.importedPackages().find("tan-phuc", commune.round.id()).orElseThrow();

        List<PackageImportSummary> again = province.packageImporter().importAll(List.of(file, file), Approvals.of(true, false));

        assertThat(again).extracting(PackageImportSummary::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
        assertThat(province.importedPackages().totals()).isEqualTo(new ImportedTotals(1, 1, 2, 3, 0));
        assertThat(province.importedPackages().find("tan-phuc", commune.round.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aDryRunStoresNothingNotEvenTheOfficeKind() {
        Path file = exportToStick(false);

        List<PackageImportSummary> dry = province.packageImporter().dryRun(List.of(file), Approvals.of(true, false));

        assertThat(dry).extracting(PackageImportSummary::outcome).containsExactly(Outcome.NEW);
        assertThat(province.importedPackages().totals()).isEqualTo(new ImportedTotals(0, 0, 0, 0, 0));
        assertThat(province.office().stored()).isEmpty();
    }

    @Test
    void aCommuneOfficeDoesNotImportPackages() {
        Path file = exportToStick(false);

        assertThatThrownBy(() -> commune.context.packageImporter().importAll(List.of(file), Approvals.of(true, false)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .contains("văn phòng xã"));
        assertThatThrownBy(() -> province.packageExporter().export(1, false, List.of()))
                .isInstanceOf(UserException.class);
    }

    @Test
    void eachExportTakesTheNextSequenceNumberAndCarriesTheReports() throws Exception {
        Path report = Files.writeString(stick.resolve("Báo cáo tổng hợp.pdf"), "%PDF-1.7 demo");
        ExportedPackage first = commune.context.packageExporter().export(commune.round.id(), false, List.of(report));
        ExportedPackage second = commune.context.packageExporter().export(commune.round.id(), false, List.of());

        assertThat(first.manifest().sequence()).isEqualTo(1);
        assertThat(second.manifest().sequence()).isEqualTo(2);
        assertThat(second.fileName()).endsWith("-2.zip");
        Map<String, byte[]> entries = ExchangeFixture.entries(first.bytes());
        assertThat(entries.keySet()).containsExactly("manifest.json", "data/round.json", "data/meetings.json",
                "data/opinions.json", "data/groups.json", "report/Báo cáo tổng hợp.pdf");
        assertThat(first.manifest().entries()).extracting(PackageManifest.Entry::path).doesNotContain("manifest.json");
        assertThat(entries.get("report/Báo cáo tổng hợp.pdf")).isEqualTo(Files.readAllBytes(report));
    }

    @Test
    void everyFileOfAPackageFollowsThePublishedSchema() throws Exception {
        ExportedPackage pkg = commune.context.packageExporter().export(commune.round.id(), true, List.of());
        Map<String, byte[]> entries = ExchangeFixture.entries(pkg.bytes());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/org/cutri/exchange/package-v1.schema.json")) {
            schema = mapper.readTree(in);
        }
        Map<String, String> defs = Map.of("manifest.json", "manifest", "data/round.json", "roundFile",
                "data/meetings.json", "meetingsFile", "data/opinions.json", "opinionsFile", "data/groups.json",
                "groupsFile");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (Map.Entry<String, String> def : defs.entrySet()) {
            ObjectNode wrapper = mapper.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.set("$defs", schema.get("$defs"));
            wrapper.put("$ref", "#/$defs/" + def.getValue());
            JsonSchema validator = factory.getSchema(wrapper);
            JsonNode document = mapper.readTree(entries.get(def.getKey()));

            Set<ValidationMessage> problems = validator.validate(document);

            assertThat(problems).as(def.getKey()).isEmpty();
        }
        // The schema does catch a wrong file: an opinion without content.
        ObjectNode broken = (ObjectNode) mapper.readTree(entries.get("data/opinions.json"));
        ((ObjectNode) broken.get("opinions").get(0)).remove("content");
        ObjectNode wrapper = mapper.createObjectNode();
        wrapper.set("$defs", schema.get("$defs"));
        wrapper.put("$ref", "#/$defs/opinionsFile");
        assertThat(factory.getSchema(wrapper).validate(broken)).isNotEmpty();
        // And the top-level schema is the manifest's.
        assertThat(factory.getSchema(schema).validate(mapper.readTree(entries.get("manifest.json")))).isEmpty();
    }
}
