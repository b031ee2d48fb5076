package org.cutri.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cutri.province.Approvals;
import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.exchange.ExportedPackage;
import org.cutri.province.PackageImportSummary;
import org.cutri.exchange.PackageWriter;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeSettings;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionKind;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;

/**
 * Imports 100 communes' packages of 500 opinions each into a fresh province folder and prints the total time
 * and the median per package. Not a test: run by hand (docs/benchmarks.md).
 *
 * <p>{@code java -cp … org.cutri.bench.PackageImportBenchmark [WORK_FOLDER] [PACKAGES] [OPINIONS]}
 */
public final class PackageImportBenchmark {

    private PackageImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cutri-bench-exchange");
        int packages = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int opinionsPerPackage = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Messages messages = Messages.load(Locale.forLanguageTag("vi"));
        Path packageFolder = Files.createDirectories(work.resolve("packages"));

        long exportStart = System.nanoTime();
        writePackages(work.resolve("commune"), packageFolder, packages, 1, opinionsPerPackage, messages);
        long exportMillis = (System.nanoTime() - exportStart) / 1_000_000;

        List<Path> files;
        try (var list = Files.list(packageFolder)) {
            files = list.sorted().toList();
        }
        long[] each = new long[files.size()];
        long importStart = System.nanoTime();
        int imported = 0;
        try (AppContext province = AppContext.open(Files.createDirectories(work.resolve("province")), messages)) {
            for (int i = 0; i < files.size(); i++) {
                long start = System.nanoTime();
                PackageImportSummary summary = province.packageImporter().importAll(List.of(files.get(i)), Approvals.of(true, false)).get(0);
                each[i] = System.nanoTime() - start;
                if (!summary.refused()) {
                    imported++;
                }
            }
            long importMillis = (System.nanoTime() - importStart) / 1_000_000;
            long dryStart = System.nanoTime();
            province.packageImporter().dryRun(files, Approvals.of(true, false));
            long dryMillis = (System.nanoTime() - dryStart) / 1_000_000;
            Arrays.sort(each);
            System.out.printf(Locale.ROOT, "packages: %d of %d opinions each (%d KB each); imported %d%n", files.size(),
                    opinionsPerPackage, Files.size(files.get(0)) / 1024, imported);
            System.out.printf(Locale.ROOT, "export + write + verify all: %d ms%n", exportMillis);
            System.out.printf(Locale.ROOT, "import all (one transaction each): %d ms, median per package %.1f ms,"
                    + " slowest %.1f ms%n", importMillis, each[each.length / 2] / 1e6, each[each.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "dry run of all again (all UNCHANGED): %d ms%n", dryMillis);
            System.out.printf(Locale.ROOT, "province holds: %s%n", province.importedPackages().totals());
        }
    }

    /**
     * Writes {@code communes × rounds} signed packages of {@code opinionsPerRound} opinions into {@code packageFolder}:
     * one commune's data (the demo's register, {@code rounds} rounds of 12 meetings) exported under {@code communes}
     * commune codes ("xa-001", …).
     */
    public static void writePackages(Path communeFolder, Path packageFolder, int communes, int rounds,
            int opinionsPerRound, Messages messages) throws java.io.IOException {
        writePackages(communeFolder, packageFolder, communes, rounds, opinionsPerRound, false, messages);
    }

    /**
     * The same; with {@code varied}, the opinions are the demo's generated ones (different issues, fields and places,
     * as {@code demo --opinions N} makes) rather than one sentence with a number changed.
     */
    public static void writePackages(Path communeFolder, Path packageFolder, int communes, int rounds,
            int opinionsPerRound, boolean varied, Messages messages) throws java.io.IOException {
        try (AppContext commune = AppContext.open(Files.createDirectories(communeFolder), messages)) {
            commune.demo().load(false);
            List<ContactRound> made = new ArrayList<>();
            List<Hamlet> hamlets = commune.hamlets().list();
            for (int r = 0; r < rounds; r++) {
                int year = 2026 + r / 2;
                int month = r % 2 == 0 ? 6 : 12;
                ContactRound round = commune.rounds().create(new RoundDraft(null, r % 2 == 0 ? RoundKind.BEFORE_SESSION
                        : RoundKind.AFTER_SESSION, "Tiếp xúc cử tri đợt " + (r + 1) + " năm " + year + ", HĐND xã", null,
                        null, LocalDate.of(year, month, 1), LocalDate.of(year, month, 12), null, null, null, null));
                made.add(round);
                List<Meeting> meetings = new ArrayList<>();
                for (int i = 0; i < hamlets.size(); i++) {
                    meetings.add(commune.meetings().create(new MeetingDraft(round.id(), LocalDate.of(year, month, 1 + i),
                            LocalTime.of(8, 0), LocalTime.of(11, 0), "Nhà văn hóa " + hamlets.get(i).name(),
                            MeetingForm.IN_PERSON, null, null, MeetingStatus.HELD, List.of(hamlets.get(i).id()), List.of())));
                }
                for (int i = 0; i < (varied ? 0 : opinionsPerRound); i++) {
                    commune.opinions().add(meetings.get(i % meetings.size()).id(), new OpinionDraft(null,
                            "Cử tri đề nghị các cấp quan tâm sửa chữa tuyến đường liên thôn số " + i
                                    + " đã xuống cấp nghiêm trọng, đi lại khó khăn vào mùa mưa, ảnh hưởng đến việc học của các cháu.",
                            OpinionKind.values()[i % 3], commune.opinions().fields().get(i % 16).id(),
                            Authority.values()[i % 4], null, null, false, null, null, i % 5 == 0,
                            i % 5 == 0 ? "Chủ tịch UBND xã" : null, i % 5 == 0 ? "Xã đã đưa vào kế hoạch năm sau." : null));
                }
            }
            if (varied) {
                // Spread over every meeting, the demo's own rounds too: as many as make opinionsPerRound in each new one.
                int all = commune.rounds().list().stream().mapToInt(r -> commune.meetings().list(r.id()).size()).sum();
                commune.demo().addGeneratedOpinions(opinionsPerRound * rounds * all / (rounds * hamlets.size()));
            }
            PackageWriter writer = commune.packageWriter();
            for (int p = 1; p <= communes; p++) {
                commune.office().set(new OfficeSettings(OfficeKind.COMMUNE, String.format("xa-%03d", p), "An Sơn"));
                // Each invented commune signs with a key of its own and numbers its packages from 1, as a real one.
                commune.database().jdbi().useHandle(handle -> {
                    handle.execute("DELETE FROM office_key");
                    handle.execute("DELETE FROM package_sequence");
                });
                for (ContactRound round : made) {
                    ExportedPackage pkg = commune.packageExporter().export(round.id(), false, List.of());
                    writer.writeToFolder(pkg, packageFolder, PackageWriter.Progress.NONE);
                }
            }
        }
    }
}
