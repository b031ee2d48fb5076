package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerLogin;
import org.cutri.numbering.IssueRequest;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionService;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.testing.PostgresTestServer;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several staff of a province office working on one PostgreSQL database at once (decision 0048), each with a program
 * of their own (a context with its own connections, as on their own PC; and two processes): numbers are each given
 * once, a package taken in twice at once is stored once, opinions added at once each get their own code, and the
 * audit says who did what.
 */
class ServerConcurrencyTest {

    private static final PostgresTestServer SERVER = PostgresTestServer.get();

    @TempDir
    Path folder;

    /** A commune's signed packages (the demo's rounds), written once for the tests that take them in. */
    @TempDir
    static Path communeFolder;
    private static CommunePackages.Made made;

    @org.junit.jupiter.api.BeforeAll
    static void writePackages() throws Exception {
        made = CommunePackages.write(communeFolder.resolve("xa"), Files.createDirectories(communeFolder.resolve("usb")),
                null);
    }

    private AppContext staff(ServerAddress address, int which) {
        ServerLogin login = which % 2 == 0 ? SERVER.staff() : SERVER.second();
        return AppContext.openServer(folder.resolve("pc-" + which), address, login, TestContexts.VI);
    }

    /** Runs each job on its own thread, all released at the same moment; returns their results in order. */
    private static <T> List<T> atOnce(List<Callable<T>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        CyclicBarrier start = new CyclicBarrier(jobs.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> job : jobs) {
                running.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : running) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fourStaffTakingNumbersAtOnceGetEachNumberOnceInOrder() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        List<AppContext> pcs = new ArrayList<>();
        try {
            List<Callable<List<Integer>>> jobs = new ArrayList<>();
            for (int pc = 0; pc < 4; pc++) {
                AppContext context = staff(address, pc);
                pcs.add(context);
                int which = pc;
                jobs.add(() -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        numbers.add(context.documentRegister().issue(IssueRequest.of("CV",
                                "Công văn " + which + "-" + i, LocalDate.of(2027, 3, 2), null)).number());
                    }
                    return numbers;
                });
            }
            List<Integer> all = atOnce(jobs).stream().flatMap(List::stream).sorted().toList();

            assertThat(all).as("100 requests from 4 PCs: 100 numbers, none twice, none missing")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(pcs.get(0).documentRegister().list(2027)).extracting(RegisteredDocument::number)
                    .containsExactlyElementsOf(all);
        } finally {
            pcs.forEach(AppContext::close);
        }
    }

    /**
     * Regression: whether the data may take packages was asked by reading the office row twice; when the other staff
     * member's first import set the data up as a province between the two reads, the answer was "a commune's data"
     * and the whole batch was refused (seen in the two-process test below).
     */
    @Test
    void aStaffMemberAskingWhileAnotherSetsUpTheProvinceIsNeverToldItIsACommunesData() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        try (AppContext first = staff(address, 0); AppContext second = staff(address, 1)) {
            int refused = 0;
            for (int attempt = 0; attempt < 50; attempt++) {
                first.database().jdbi().useExtension(org.cutri.office.OfficeDao.class,
                        org.cutri.office.OfficeDao::delete);
                List<Integer> answers = atOnce(List.of(
                        () -> {
                            first.office().ensureProvince("Tỉnh Thử");
                            return 0;
                        },
                        () -> {
                            int no = 0;
                            for (int i = 0; i < 40; i++) {
                                no += second.office().canImportPackages() ? 0 : 1;
                            }
                            return no;
                        }));
                refused += answers.get(1);
            }
            assertThat(refused).as("times the province's data was taken for a commune's").isZero();
        }
    }

    @Test
    void thePackagesTakenInByTwoStaffAtOnceAreStoredOnceAndTheAuditNamesWhoStoredThem() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        try (AppContext first = staff(address, 0); AppContext second = staff(address, 1)) {
            CommunePackages.trust(first, made.files());

            List<List<PackageImportSummary>> both = atOnce(List.of(
                    () -> first.packageImporter().importAll(made.files(), Approvals.NONE),
                    () -> second.packageImporter().importAll(made.files(), Approvals.NONE)));

            for (int i = 0; i < made.files().size(); i++) {
                List<Outcome> outcomes = List.of(both.get(0).get(i).outcome(), both.get(1).get(i).outcome());
                assertThat(outcomes).as("package %d: taken once, found taken by the other", i)
                        .containsExactlyInAnyOrder(Outcome.NEW, Outcome.UNCHANGED);
            }
            ImportedTotals totals = second.importedPackages().totals();
            assertThat(totals.packageCount()).isEqualTo(made.files().size());
            assertThat(totals.opinionCount()).as("no opinion stored twice").isEqualTo(made.opinions());

            List<AuditEntry> imports = first.audit().find(new AuditFilter(null, null, AuditAction.PACKAGE_IMPORT, ""),
                    100).entries();
            assertThat(imports).hasSize(made.files().size());
            long byFirst = both.get(0).stream().filter(s -> s.outcome() == Outcome.NEW).count();
            assertThat(imports.stream().filter(e -> e.account().equals(PostgresTestServer.STAFF)).count())
                    .as("each row names the server account that stored the package").isEqualTo(byFirst);
            assertThat(imports.stream().filter(e -> e.account().equals(PostgresTestServer.SECOND)).count())
                    .isEqualTo(made.files().size() - byFirst);
        }
    }

    @Test
    void opinionsAddedToOneRoundFromTwoPcsAtOnceEachGetACodeOfTheirOwn() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        int meeting;
        try (AppContext loading = staff(address, 0)) {
            loading.demo().load(false);
            meeting = loading.meetings().list(loading.rounds().list().get(0).id()).get(0).id();
        }
        try (AppContext first = staff(address, 0); AppContext second = staff(address, 1)) {
            int before = first.opinions().listItems(first.rounds().list().get(0).id()).size();
            List<Callable<List<String>>> jobs = new ArrayList<>();
            for (AppContext pc : List.of(first, second)) {
                jobs.add(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        codes.add(pc.opinions().add(meeting, OpinionDraft.of("Đường liên thôn số " + i + " xuống cấp"))
                                .code());
                    }
                    return codes;
                });
            }
            List<String> codes = atOnce(jobs).stream().flatMap(List::stream).toList();

            assertThat(codes).hasSize(30).doesNotHaveDuplicates();
            assertThat(second.opinions().listItems(second.rounds().list().get(0).id())).hasSize(before + 30);
        }
    }

    @Test
    void aSecondPersonEditingTheSameOpinionIsToldAndGetsTheNewerVersionInsteadOfOverwritingIt() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        try (AppContext loading = staff(address, 0)) {
            loading.demo().load(false);
        }
        try (AppContext first = staff(address, 0); AppContext second = staff(address, 1)) {
            int meeting = first.meetings().list(first.rounds().list().get(0).id()).get(0).id();
            Opinion seenByBoth = first.opinions().listByMeeting(meeting).get(0);
            Opinion seenBySecond = second.opinions().find(seenByBoth.id()).orElseThrow();

            Opinion firstSaved = first.opinions().update(seenByBoth.id(), seenByBoth.version(),
                    OpinionDraft.of("Sửa lần một: đề nghị làm lại mặt đường liên thôn."));
            assertThatThrownBy(() -> second.opinions().update(seenBySecond.id(), seenBySecond.version(),
                    OpinionDraft.of("Sửa lần hai, trên bản cũ")))
                    .isInstanceOfSatisfying(OpinionService.ChangedElsewhere.class, e -> {
                        assertThat(e.newer().content()).isEqualTo(firstSaved.content());
                        assertThat(e.newer().version()).isEqualTo(firstSaved.version());
                        assertThat(TestContexts.VI.of(e)).contains(seenByBoth.code()).contains("người khác");
                    });
            assertThat(first.opinions().find(seenByBoth.id()).orElseThrow().content())
                    .as("the first edit stays").isEqualTo(firstSaved.content());

            Opinion secondSaved = second.opinions().update(seenBySecond.id(), firstSaved.version(),
                    OpinionDraft.of("Sửa lần hai, trên bản mới"));
            assertThat(first.opinions().find(seenByBoth.id()).orElseThrow()).isEqualTo(secondSaved);
        }
    }

    @Test
    void twoProcessesTakingInTheSamePackagesAtOnceStoreThemOnce() throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        List<String> args = new ArrayList<>(List.of("--data-dir", folder.resolve("pc").toString(), "--database",
                address.toString(), "--db-user", PostgresTestServer.STAFF, "package", "import", "--trust"));
        made.files().forEach(f -> args.add(f.toString()));

        List<org.cutri.testing.ProgramProcess.Running> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(org.cutri.testing.ProgramProcess.start(folder.resolve("run-" + i), args,
                    java.util.Map.of("CUTRI_DB_PASSWORD", PostgresTestServer.STAFF_PASSWORD)));
        }
        for (org.cutri.testing.ProgramProcess.Running process : processes) {
            org.cutri.testing.ProgramProcess.Finished finished = process.finish(120);
            assertThat(finished.exit()).as(finished.err()).isZero();
        }
        try (AppContext province = staff(address, 0)) {
            assertThat(province.importedPackages().totals().packageCount()).isEqualTo(made.files().size());
            assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(made.opinions());
            assertThat(province.trustedKeys().list()).as("the commune's key trusted once").hasSize(1);
        }
    }
}
