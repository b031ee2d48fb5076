package org.cutri.province;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.opinion.OpinionFilter;
import org.cutri.opinion.OpinionListItem;

/**
 * The province's search alone, over a province data folder that already holds the packages (for instance the
 * {@code province-h2} folder {@link ServerScaleBenchmark} leaves): loads every opinion, builds the search index,
 * warms up, then times each query the staff type 50 times and prints, per query, how many opinions it finds and its
 * p50 / p95 / max, and the p95 over all queries. Prints numbers; not a test (docs/benchmarks.md).
 *
 * <p>{@code java -cp … org.cutri.province.ProvinceSearchBenchmark FOLDER [RUNS=50]}
 */
public final class ProvinceSearchBenchmark {

    private ProvinceSearchBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Messages messages = Messages.load(Locale.forLanguageTag("vi"));
        try (AppContext province = AppContext.open(folder, messages)) {
            long start = System.nanoTime();
            List<ConsolidatedOpinion> all = province.province().opinions();
            double load = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ProvinceSummaryViewModel.Loaded loaded = ProvinceSummaryViewModel.Loaded.of(all);
            System.out.printf(Locale.ROOT, "load %d opinions: %.2f s; build the search index: %.2f s%n", all.size(),
                    load, (System.nanoTime() - start) / 1e9);
            String[] queries = ServerScaleBenchmark.QUERIES;
            for (int warm = 0; warm < 5; warm++) {
                for (String query : queries) {
                    loaded.index().search(query, OpinionFilter.ALL);
                }
            }
            long[] every = new long[runs * queries.length];
            int n = 0;
            for (String query : queries) {
                long[] each = new long[runs];
                int found = 0;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    List<OpinionListItem> result = loaded.index().search(query, OpinionFilter.ALL);
                    each[i] = System.nanoTime() - t;
                    found = result.size();
                    every[n++] = each[i];
                }
                Arrays.sort(each);
                System.out.printf(Locale.ROOT, "  %-24s %7d found: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%n",
                        '"' + query + '"', found, ms(each[runs / 2]), ms(each[runs * 95 / 100]), ms(each[runs - 1]));
            }
            Arrays.sort(every);
            System.out.printf(Locale.ROOT, "all %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", every.length,
                    ms(every[every.length / 2]), ms(every[every.length * 95 / 100]), ms(every[every.length - 1]));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
