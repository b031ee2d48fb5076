package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageWriter;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.report.CompiledReport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province's same-issue groups on a real H2 file: the groups two communes sent are stored at import (once,
 * however often a package is imported) and read again after a restart; groups made at the province across
 * communes keep their ids and members through a restart, a deletion and a commune's later package.
 */
class ProvinceGroupServiceTest {

    @TempDir
    static Path shared;

    private static List<Path> files;
    private static int groupsSent;

    @TempDir
    Path folder;

    @BeforeAll
    static void twoCommunesSendTheirGroups() throws Exception {
        Path usb = Files.createDirectories(shared.resolve("usb"));
        CommunePackages.Made tanPhuc = CommunePackages.write(shared.resolve("tan-phuc"), usb, null, 2);
        CommunePackages.Made hoaLac = CommunePackages.write(shared.resolve("hoa-lac"), usb, "Hòa Lạc", 3);
        files = new ArrayList<>(tanPhuc.files());
        files.addAll(hoaLac.files());
        groupsSent = tanPhuc.groups() + hoaLac.groups();
    }

    private AppContext open() {
        return TestContexts.open(folder.resolve("tinh"));
    }

    @Test
    void theCommunesGroupsAreStoredAtImportOnceAndReadAfterARestart() {
        List<ReceivedGroup> before;
        try (AppContext province = open()) {
            assertThat(province.packageImporter().importAll(files, Approvals.of(true, false))).noneMatch(PackageImportSummary::refused);
            before = province.provinceGroups().received();

            // Two rounds each: 2 groups a round from Tân Phúc, 3 from Hòa Lạc.
            assertThat(groupsSent).isEqualTo(10);
            assertThat(before).hasSize(groupsSent);
            Map<String, Long> byCommune = before.stream()
                    .collect(Collectors.groupingBy(ReceivedGroup::communeName, Collectors.counting()));
            assertThat(byCommune).containsEntry("Tân Phúc", 4L).containsEntry("Hòa Lạc", 6L);
            assertThat(before).allSatisfy(g -> assertThat(g.opinionCodes()).hasSizeBetween(2, 3).doesNotHaveDuplicates());
            assertThat(before).allSatisfy(g -> assertThat(g.title()).startsWith("Nhóm "));
            assertThat(province.importedPackages().totals().groupCount()).isEqualTo(groupsSent);

            // The same files again: nothing changes, no group is stored twice.
            assertThat(province.packageImporter().importAll(files, Approvals.of(true, false))).allMatch(s -> s.outcome() == Outcome.UNCHANGED);
            assertThat(province.provinceGroups().received()).isEqualTo(before);
        }
        try (AppContext reopened = open()) {
            assertThat(reopened.provinceGroups().received()).isEqualTo(before);
            assertThat(reopened.provinceGroups().grouping().entries()).hasSize(groupsSent)
                    .noneMatch(ProvinceGrouping.Entry::madeAtProvince);
        }
    }

    @Test
    void provinceGroupsAcrossCommunesKeepTheirIdsAndMembersThroughARestartAndADeletion() throws Exception {
        int kept;
        int deleted;
        ReceivedGroup fromTanPhuc;
        ReceivedGroup fromHoaLac;
        ProvinceGroupMember alone;
        try (AppContext province = open()) {
            province.packageImporter().importAll(files, Approvals.of(true, false));
            ProvinceGroupService groups = province.provinceGroups();
            fromTanPhuc = first(groups.received(), "tan-phuc");
            fromHoaLac = groups.received().stream().filter(g -> g.communeCode().equals("hoa-lac")
                    && g.roundKey() == fromTanPhuc.roundKey()).findFirst().orElseThrow();
            alone = aloneOpinion(province, groups.grouping(), "hoa-lac", fromTanPhuc.roundKey());

            ProvinceGroup first = groups.create("Nhóm tạm", List.of(alone, fromHoaLac.opinions().get(0),
                    fromHoaLac.opinions().get(1)));
            ProvinceGroup across = groups.create("  Sửa đường liên xã  ", List.of(fromTanPhuc.member(),
                    fromHoaLac.member(), alone));
            deleted = first.id();
            kept = across.id();
            // The opinion the later group took left the first one; the first one kept the other two opinions.
            assertThat(groups.list()).extracting(ProvinceGroup::id).containsExactly(deleted, kept);
            assertThat(group(groups, deleted).members()).containsExactly(fromHoaLac.opinions().get(0),
                    fromHoaLac.opinions().get(1));

            groups.delete(deleted);
            assertThat(groups.rename(kept, "Sửa đường liên xã, đoạn qua cầu").id()).isEqualTo(kept);
        }
        try (AppContext reopened = open()) {
            ProvinceGroupService groups = reopened.provinceGroups();
            assertThat(groups.list()).extracting(ProvinceGroup::id).containsExactly(kept);
            ProvinceGroup across = group(groups, kept);
            assertThat(across.wording()).isEqualTo("Sửa đường liên xã, đoạn qua cầu");
            assertThat(across.members()).containsExactlyInAnyOrder(fromTanPhuc.member(), fromHoaLac.member(), alone);

            ProvinceGrouping grouping = groups.grouping();
            ProvinceGrouping.Entry entry = grouping.entry("p" + kept).orElseThrow();
            List<ProvinceGroupMember> expected = new ArrayList<>(fromTanPhuc.opinions());
            expected.addAll(fromHoaLac.opinions());
            expected.add(alone);
            assertThat(entry.opinions()).containsExactlyInAnyOrderElementsOf(expected);
            // The two communes' groups are gathered: no longer shown on their own; the others still are.
            assertThat(grouping.entries()).hasSize(groupsSent - 2 + 1);
            assertThat(grouping.entry("c:" + fromTanPhuc.member().text())).isEmpty();

            // The province's report writes the issue once, with both communes.
            ProvinceRoundSet set = reopened.provinceReports().roundSets().stream()
                    .filter(s -> s.rounds().stream().anyMatch(r -> r.roundKey() == fromTanPhuc.roundKey()))
                    .findFirst().orElseThrow();
            CompiledReport report = reopened.provinceReports().compile(set, false);
            List<CompiledReport.Issue> issues = report.authorities().stream().flatMap(a -> a.fields().stream())
                    .flatMap(f -> f.items().stream()).filter(i -> i.text().equals("Sửa đường liên xã, đoạn qua cầu"))
                    .toList();
            assertThat(issues).singleElement().satisfies(i -> {
                assertThat(i.codes()).hasSize(expected.size());
                assertThat(i.places()).contains("xã Hòa Lạc", "xã Tân Phúc");
            });
            assertThatThrownBy(() -> groups.delete(deleted)).isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).key()).isEqualTo("common.gone");
        }
    }

    @Test
    void aLaterPackageOfACommuneKeepsTheProvincesGroups() throws Exception {
        try (AppContext province = open()) {
            GroupedAtProvince made = groupedAtProvince(province);
            ProvinceGroupService groups = province.provinceGroups();
            ReceivedGroup sent = made.sent();
            ProvinceGroupMember alone = made.alone();
            int id = made.id();

            // Tân Phúc sends its round again (sequence 2): the package is replaced, the province group stays.
            Path later = laterPackage(shared.resolve("tan-phuc"), sent.roundKey());
            assertThat(province.packageImporter().importAll(List.of(later), Approvals.of(true, false)))
                    .singleElement().extracting(PackageImportSummary::outcome).isEqualTo(Outcome.REPLACING);

            assertThat(groups.received()).hasSize(groupsSent);
            ProvinceGrouping.Entry entry = groups.grouping().entry("p" + id).orElseThrow();
            assertThat(entry.opinions()).hasSize(sent.opinionCodes().size() + 1).contains(alone);
        }
    }

    @Test
    void aLaterPackageLeavingOutAnOpinionTheProvinceGroupedSaysSoBeforeItIsTaken() throws Exception {
        try (AppContext province = open()) {
            GroupedAtProvince made = groupedAtProvince(province);
            ProvinceGroupService groups = province.provinceGroups();
            ReceivedGroup sent = made.sent();
            ProvinceGroupMember alone = made.alone();
            int id = made.id();

            // The commune deletes that opinion and sends its round again (on a copy of its folder: the other tests
            // share the commune).
            Path copy = folder.resolve("tan-phuc-copy");
            try (java.util.stream.Stream<Path> paths = Files.walk(shared.resolve("tan-phuc"))) {
                for (Path from : paths.toList()) {
                    Files.copy(from, copy.resolve(shared.resolve("tan-phuc").relativize(from).toString()));
                }
            }
            Path later;
            try (AppContext commune = TestContexts.openCommune(copy)) {
                int opinionId = commune.opinions().listItems(sent.roundKey()).stream()
                        .filter(o -> o.code().equals(alone.key())).findFirst().orElseThrow().id();
                commune.opinions().delete(opinionId);
                later = commune.packageWriter().writeToFolder(commune.packageExporter().export(sent.roundKey(), false,
                        List.of()), Files.createDirectories(folder.resolve("later")), PackageWriter.Progress.NONE);
            }

            // (packages the other tests made of the shared commune make a gap in the numbers: accepted)
            Approvals gapsAccepted = Approvals.of(true, true);
            PackageImportSummary dry = province.packageImporter().dryRun(List.of(later), gapsAccepted).get(0);
            assertThat(dry.outcome()).as(dry.details(province.messages())).isEqualTo(Outcome.REPLACING);
            assertThat(dry.details(province.messages())).contains("bỏ 1 ý kiến mà tỉnh đã gộp nhóm hoặc ghi trả lời")
                    .contains(alone.key());
            assertThat(province.importedPackages().opinions("tan-phuc", sent.roundKey()))
                    .as("the dry run stores nothing").extracting(ImportedOpinion::code).contains(alone.key());

            // Taken anyway: the opinion leaves the province's data; the province's group keeps its work.
            assertThat(province.packageImporter().importAll(List.of(later), gapsAccepted))
                    .singleElement().extracting(PackageImportSummary::outcome).isEqualTo(Outcome.REPLACING);
            assertThat(province.importedPackages().opinions("tan-phuc", sent.roundKey()))
                    .extracting(ImportedOpinion::code).doesNotContain(alone.key());
            assertThat(groups.grouping().entry("p" + id).orElseThrow().opinions()).contains(alone);
        }
    }

    /** Tân Phúc's sent group and one of its opinions standing alone, put together in a group of the province. */
    private record GroupedAtProvince(ReceivedGroup sent, ProvinceGroupMember alone, int id) {
    }

    private GroupedAtProvince groupedAtProvince(AppContext province) {
        province.packageImporter().importAll(files, Approvals.of(true, false));
        ProvinceGroupService groups = province.provinceGroups();
        ReceivedGroup sent = first(groups.received(), "tan-phuc");
        ProvinceGroupMember alone = aloneOpinion(province, groups.grouping(), "tan-phuc", sent.roundKey());
        return new GroupedAtProvince(sent, alone, groups.create("Nhóm của tỉnh", List.of(sent.member(), alone)).id());
    }

    private static Path laterPackage(Path communeFolder, int roundKey) throws Exception {
        try (AppContext commune = TestContexts.openCommune(communeFolder)) {
            ExportedPackage pkg = commune.packageExporter().export(roundKey, false, List.of());
            assertThat(pkg.manifest().sequence()).isEqualTo(2);
            return commune.packageWriter().writeToFolder(pkg,
                    Files.createDirectories(communeFolder.resolveSibling("later")), PackageWriter.Progress.NONE);
        }
    }

    private static ReceivedGroup first(List<ReceivedGroup> received, String communeCode) {
        return received.stream().filter(g -> g.communeCode().equals(communeCode)).findFirst().orElseThrow();
    }

    private static ProvinceGroup group(ProvinceGroupService groups, int id) {
        return groups.list().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    /** An approved opinion of the commune's round that is in no group. */
    private static ProvinceGroupMember aloneOpinion(AppContext province, ProvinceGrouping grouping, String communeCode,
            int roundKey) {
        return province.importedPackages().opinions(communeCode, roundKey).stream().filter(ImportedOpinion::approved)
                .map(ProvinceReportService::member).filter(m -> grouping.entryOf(m).isEmpty()).findFirst()
                .orElseThrow();
    }
}
