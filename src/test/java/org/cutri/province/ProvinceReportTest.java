package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.commune.DocumentText;
import org.cutri.commune.CommuneProfile;
import org.cutri.exchange.ExportedPackage;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeSettings;
import org.cutri.report.CompiledReport;
import org.cutri.report.GroupWork;
import org.cutri.report.PreparedReport;
import org.cutri.report.ReportDate;
import org.cutri.report.ReportDocument;
import org.cutri.report.ReportFiles;
import org.cutri.report.ReportTiming;
import org.cutri.report.ReportViewModel;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province compiles the July round of two communes from their packages: one set of rounds, groups
 * suggested across communes, and "(Cử tri xã A: thôn X; xã B: thôn Y)" lines.
 */
class ProvinceReportTest {

    @TempDir
    Path folder;

    @Test
    void theProvinceCompilesTwoCommunesWithGroupsAcrossThem() throws Exception {
        List<Path> packages = new ArrayList<>();
        for (String[] commune : new String[][] {{"An Bình", "an-binh"}, {"Tân Phúc", "tan-phuc"}}) {
            try (AppContext context = TestContexts.openCommune(folder.resolve(commune[1]))) {
                context.demo().load(false);
                CommuneProfile p = context.commune().profile().orElseThrow();
                context.commune().save(new CommuneProfile(commune[0], p.provinceName(), commune[0], p.headerLine1(),
                        "XÃ " + commune[0].toUpperCase(), p.headerLine3(), p.symbolCode(), p.chairName(),
                        p.viceChairNames(), p.secretaryName()));
                context.office().set(new OfficeSettings(OfficeKind.COMMUNE, commune[1], "An Sơn"));
                ContactRound july = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2"))
                        .findFirst().orElseThrow();
                ExportedPackage pkg = context.packageExporter().export(july.id(), false, List.of());
                Path file = folder.resolve(pkg.fileName());
                Files.write(file, pkg.bytes());
                packages.add(file);
            }
        }
        try (AppContext province = TestContexts.open(folder.resolve("province"))) {
            province.office().ensureProvince("An Sơn");
            province.packageImporter().importAll(packages, Approvals.of(true, false));
            List<ProvinceRoundSet> sets = province.provinceReports().roundSets();
            assertThat(sets).hasSize(1);
            ProvinceRoundSet set = sets.get(0);
            assertThat(set.rounds()).extracting(ProvinceRoundSet.CommuneRound::communeName)
                    .containsExactlyInAnyOrder("An Bình", "Tân Phúc");

            List<ProvinceReportService.Suggestion> suggested = province.provinceReports().suggest(set, Set.of());
            ProvinceReportService.Suggestion across = suggested.stream()
                    .filter(g -> g.opinions().stream().anyMatch(m -> m.communeCode().equals("an-binh"))
                            && g.opinions().stream().anyMatch(m -> m.communeCode().equals("tan-phuc")))
                    .findFirst().orElseThrow();

            ProvinceGroupWork work = new ProvinceGroupWork(set, province.provinceReports(), province.provinceGroups());
            work.accept(across.opinions().stream().map(ProvinceGroupMember::text).toList(), "Nội dung chung của hai xã");
            CompiledReport report = work.compile(false);
            CompiledReport.Issue issue = report.authorities().stream().flatMap(a -> a.fields().stream())
                    .flatMap(f -> f.items().stream()).filter(i -> i.text().equals("Nội dung chung của hai xã"))
                    .findFirst().orElseThrow();
            assertThat(issue.places()).startsWith("(Cử tri xã An Bình: ").contains("; xã Tân Phúc: ");
            assertThat(report.province()).isTrue();
            assertThat(report.facts().meetingsHeld()).isEqualTo(24);
            int all = province.provinceReports().opinions(set).size();
            assertThat(report.counts().received()).isEqualTo(all);
            assertThat(report.annex()).allMatch(r -> r.commune() != null);

            Path docx = folder.resolve("tinh.docx");
            ReportFiles.save(report, work.document(false, LocalDate.of(2026, 8, 5)), docx);
            assertThat(docx).isNotEmptyFile();
            // The screen's state at the province: one round set, suggestions across communes, groups kept
            // when the screen is shown again.
            ReportViewModel viewModel = new ReportViewModel(province.rounds(), province.opinions(), province.groups(),
                    province.reports(), province.office(), province.messages(),
                    org.cutri.common.task.TaskExecutor.sameThread(e -> {
                        throw new AssertionError(e);
                    }), java.time.Clock.systemDefaultZone());
            viewModel.load();
            assertThat(viewModel.provinceProperty().get()).isTrue();
            assertThat(viewModel.options()).singleElement().satisfies(o -> assertThat(o.label()).contains("(2 xã)"));
            viewModel.suggest();
            GroupWork.Group suggestion = viewModel.groups().get(0);
            // the screen says why it suggests a group: words its opinions share, as they write them
            GroupWork.Group notAccepted = viewModel.groups().stream().filter(g -> !g.accepted()).findFirst()
                    .orElseThrow();
            assertThat(notAccepted.shared()).isNotEmpty().allSatisfy(word -> assertThat(notAccepted.members())
                    .anyMatch(m -> m.content().toLowerCase().contains(word.toLowerCase())));
            viewModel.accept(suggestion, List.of(), "Nhóm ở tỉnh");
            viewModel.load();
            assertThat(viewModel.groups()).anySatisfy(g -> {
                assertThat(g.accepted()).isTrue();
                assertThat(g.wording()).isEqualTo("Nhóm ở tỉnh");
            });

            Path xlsx = folder.resolve("tinh.xlsx");
            ReportFiles.save(report, work.document(false, LocalDate.of(2026, 8, 5)), xlsx);
            assertThat(xlsx).isNotEmptyFile();
        }
    }

    /**
     * The province's report of rounds not over (meetings not held in a commune) is dated as the user chooses, as
     * the commune's is: DỰ THẢO on the day it is made, or the rounds' hand-in day and no draft line.
     */
    @Test
    void aProvinceReportBeforeTheRoundsAreOverIsMarkedDraftOrDatedOnTheHandInDay() throws Exception {
        Path file;
        try (AppContext context = TestContexts.openCommune(folder.resolve("an-binh"))) {
            context.demo().load(false);
            context.office().set(new OfficeSettings(OfficeKind.COMMUNE, "an-binh", "An Sơn"));
            ContactRound december = context.rounds().list().stream()
                    .filter(r -> r.name().contains("trước kỳ họp thứ 3")).findFirst().orElseThrow();
            ExportedPackage pkg = context.packageExporter().export(december.id(), false, List.of());
            file = folder.resolve(pkg.fileName());
            Files.write(file, pkg.bytes());
        }
        try (AppContext province = TestContexts.open(folder.resolve("province"))) {
            province.office().ensureProvince("An Sơn");
            province.packageImporter().importAll(List.of(file), Approvals.of(true, false));
            ProvinceRoundSet set = province.provinceReports().roundSets().get(0);
            ProvinceGroupWork work = new ProvinceGroupWork(set, province.provinceReports(), province.provinceGroups());
            LocalDate today = LocalDate.of(2026, 12, 5);
            ReportTiming timing = work.timing().orElseThrow();
            assertThat(timing.meetingsNotHeld()).isPositive();
            assertThat(timing.early(today)).isTrue();
            assertThat(timing.handIn()).isNotNull();

            Path draft = folder.resolve("du-thao.docx");
            PreparedReport asDraft = work.prepare(false, today, new ReportDate(today, true), TaskMonitor.NONE);
            ReportFiles.save(asDraft.report(), asDraft.document(), draft);
            assertThat(wordText(draft)).contains(ReportDocument.DRAFT, "ngày 05 tháng 12 năm 2026");

            Path dated = folder.resolve("han-nop.docx");
            PreparedReport onHandIn = work.prepare(false, today, new ReportDate(timing.handIn(), false),
                    TaskMonitor.NONE);
            ReportFiles.save(onHandIn.report(), onHandIn.document(), dated);
            assertThat(wordText(dated)).doesNotContain(ReportDocument.DRAFT)
                    .contains(DocumentText.date(timing.handIn()));
        }
    }

    /**
     * The province's report is the province's document: its header read "ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC"
     * with no province, and its date line "ngày … tháng …" with no place, since the province keeps no commune profile.
     * It now names the province its communes' packages report to, as a commune's report names the commune.
     */
    @Test
    void theProvincesReportNamesTheProvinceInItsHeaderAndDateLine() throws Exception {
        Path file;
        try (AppContext context = TestContexts.openCommune(folder.resolve("an-binh"))) {
            context.demo().load(false);
            ContactRound july = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2"))
                    .findFirst().orElseThrow();
            ExportedPackage pkg = context.packageExporter().export(july.id(), false, List.of());
            file = folder.resolve(pkg.fileName());
            Files.write(file, pkg.bytes());
        }
        try (AppContext province = TestContexts.open(folder.resolve("province"))) {
            // as the first-start question "Đây là văn phòng cấp tỉnh" sets the folder up: no name given
            province.office().ensureProvince(null);
            province.packageImporter().importAll(List.of(file), Approvals.of(true, false));
            ProvinceRoundSet set = province.provinceReports().roundSets().get(0);
            ProvinceGroupWork work = new ProvinceGroupWork(set, province.provinceReports(), province.provinceGroups());

            PreparedReport prepared = work.prepare(false, LocalDate.of(2026, 8, 5), null, TaskMonitor.NONE);

            assertThat(prepared.document().header().organisationLines())
                    .containsExactly("ỦY BAN MTTQ VIỆT NAM", "TỈNH AN SƠN", "BAN THƯỜNG TRỰC");
            assertThat(prepared.document().header().placeAndDate()).isEqualTo("An Sơn, ngày 05 tháng 8 năm 2026");
            Path docx = folder.resolve("tinh-ten.docx");
            ReportFiles.save(prepared.report(), prepared.document(), docx);
            assertThat(wordText(docx)).contains("TỈNH AN SƠN").contains("An Sơn, ngày 05 tháng 8 năm 2026");
            // the places where meetings were held are written once per commune, not the commune before each meeting
            String places = wordText(docx).lines().filter(l -> l.startsWith("Địa bàn đã tổ chức: ")).findFirst()
                    .orElseThrow();
            assertThat(places).startsWith("Địa bàn đã tổ chức: " + prepared.report().facts().meetingsHeld()
                    + " hội nghị (xã Tân Phúc: thôn Đông Hải, ");
            assertThat(places.split("Tân Phúc", -1)).hasSize(2);
            // its proposals are the province's: it does not ask to forward items to itself, and asks all the communes
            assertThat(prepared.report().proposals())
                    .noneMatch(p -> p.contains("đến Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"))
                    .anyMatch(p -> p.startsWith("Đề nghị Thường trực HĐND tỉnh, UBND tỉnh xem xét, giải quyết "))
                    .anyMatch(p -> p.startsWith("Đề nghị Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổng hợp, "))
                    .anyMatch(p -> p.startsWith("Đề nghị Thường trực HĐND, UBND các xã xem xét, giải quyết "));
        }
    }

    private static String wordText(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
