package org.cutri.province;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.cutri.app.AppContext;
import org.cutri.bench.PackageImportBenchmark;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskMonitor;
import org.cutri.opinion.OpinionFilter;
import org.cutri.testing.PostgresTestServer;

/**
 * The province at scale, on the H2 file and on a PostgreSQL server (decision 0048): {@code COMMUNES × ROUNDS}
 * packages of {@code OPINIONS} opinions taken in by {@code CLIENTS} staff at once (on the server each with a program
 * of their own; on H2, which one program opens, threads of one program), then what a province's staff waits for:
 * loading every opinion with its search index, searching (p50/p95 of 200 queries), the counts by commune, field and
 * authority, and the province report of the newest round. Prints numbers; not a test (docs/benchmarks.md). Lives
 * beside the province's package-private summary code it measures.
 *
 * <p>{@code java -cp … org.cutri.province.ServerScaleBenchmark [WORK] [COMMUNES=100] [ROUNDS=6] [OPINIONS=500]
 * [CLIENTS=4]}
 */
public final class ServerScaleBenchmark {

    /** What a province's staff type: an issue's words, with and without diacritics, a place, a phrase. */
    static final String[] QUERIES = {"duong lien thon", "nước sạch", "den duong", "trường học xuống cấp",
        "bao hiem y te", "sạt lở", "thon dong", "đề nghị", "cap nuoc sinh hoat", "giá phân bón"};

    private ServerScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cutri-bench-server");
        int communes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int opinions = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        Messages messages = Messages.load(Locale.forLanguageTag("vi"));
        Path packages = Files.createDirectories(work.resolve("packages"));

        long start = System.nanoTime();
        PackageImportBenchmark.writePackages(work.resolve("commune"), packages, communes, rounds, opinions, true,
                messages);
        List<Path> files;
        try (var list = Files.list(packages)) {
            files = list.sorted().toList();
        }
        System.out.printf(Locale.ROOT, "packages: %d (%d communes x %d rounds) of %d opinions, written in %.1f s%n",
                files.size(), communes, rounds, opinions, seconds(start));

        try (AppContext h2 = AppContext.open(Files.createDirectories(work.resolve("province-h2")), messages)) {
            measure("H2 file", files, clients, () -> h2, h2);
        }
        PostgresTestServer server = PostgresTestServer.get();
        ServerAddress address = server.migratedDatabase();
        List<AppContext> pcs = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                pcs.add(AppContext.openServer(work.resolve("pc-" + i), address, server.staff(), messages));
            }
            int[] next = {0};
            measure("PostgreSQL " + address, files, clients, () -> pcs.get(next[0]++ % pcs.size()), pcs.get(0));
        } finally {
            pcs.forEach(AppContext::close);
        }
        System.exit(0);
    }

    private static void measure(String where, List<Path> files, int clients, Supplier<AppContext> client,
            AppContext reader) throws Exception {
        System.out.println("== " + where);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            AppContext pc = client.get();
            int first = c;
            running.add(pool.submit(() -> {
                int taken = 0;
                for (int i = first; i < files.size(); i += clients) {
                    // Each commune's first package trusted as the staff would after the phone call (--trust).
                    PackageImportSummary summary = pc.packageImporter().importAll(List.of(files.get(i)),
                            Approvals.of(true, false)).get(0);
                    if (summary.refused()) {
                        System.out.println("refused: " + files.get(i).getFileName() + " " + summary.reasonKey());
                    } else {
                        taken++;
                    }
                }
                return taken;
            }));
        }
        int taken = 0;
        for (Future<Integer> future : running) {
            taken += future.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "import by %d clients at once: %d packages in %.1f s; holds %s%n", clients, taken,
                seconds(start), reader.importedPackages().totals());

        start = System.nanoTime();
        List<ConsolidatedOpinion> all = reader.province().opinions();
        double load = seconds(start);
        start = System.nanoTime();
        ProvinceSummaryViewModel.Loaded loaded = ProvinceSummaryViewModel.Loaded.of(all);
        System.out.printf(Locale.ROOT, "load %d opinions: %.2f s; build the search index: %.2f s%n", all.size(), load,
                seconds(start));

        long[] each = new long[200];
        for (int i = 0; i < each.length; i++) {
            long t = System.nanoTime();
            loaded.index().search(QUERIES[i % QUERIES.length], OpinionFilter.ALL);
            each[i] = System.nanoTime() - t;
        }
        Arrays.sort(each);
        System.out.printf(Locale.ROOT, "search (200 queries): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                each[100] / 1e6, each[190] / 1e6, each[199] / 1e6);

        start = System.nanoTime();
        int groups = reader.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT commune_code, field_name, authority, COUNT(*) FROM imported_opinion"
                        + " GROUP BY commune_code, field_name, authority").mapToMap().list().size());
        System.out.printf(Locale.ROOT, "counts by commune, field and authority (%d rows): %.2f s%n", groups,
                seconds(start));

        ProvinceRoundSet newest = reader.provinceReports().roundSets().get(0);
        start = System.nanoTime();
        reader.provinceReports().prepare(newest, false, LocalDate.of(2029, 1, 15), TaskMonitor.NONE);
        System.out.printf(Locale.ROOT, "province report of \"%s\" across communes: %.2f s%n", newest.label(),
                seconds(start));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
