package org.cutri.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.document.OfficialDocument;
import org.cutri.report.CompiledReport;
import org.cutri.report.ReportDocument;
import org.cutri.report.ReportFiles;
import org.cutri.round.ContactRound;

/**
 * Times only the writing of the report's files, again and again in one JVM, on the data folder that
 * {@link ReportBenchmark} leaves behind ({@code /tmp/cutri-report-bench…/data}; copy it first, the benchmark's own
 * run may still hold it): no 5,000 opinions to type first, so a before/after comparison takes a minute. Prints the
 * wall time and the writing thread's processor time of each file (docs/benchmarks.md, ReportBenchmark).
 * Arguments: the data folder, runs (5), formats (docx,xlsx,pdf), the output folder (a new temporary one).
 */
public final class ReportFilesBenchmark {

    private ReportFilesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> formats = List.of((args.length > 2 ? args[2] : "docx,xlsx,pdf").split(","));
        Path out = args.length > 3 ? Files.createDirectories(Path.of(args[3]))
                : Files.createTempDirectory("cutri-report-files");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (AppContext context = AppContext.open(data, Messages.load(Messages.VIETNAMESE))) {
            ContactRound round = context.rounds().list().stream().filter(r -> r.name().contains("(thử tải)"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No round of ReportBenchmark in " + data));
            CompiledReport report = context.reports().compile(round.id(), false);
            OfficialDocument document = ReportDocument.build(report, context.reports().profile(), 1,
                    LocalDate.of(2028, 7, 1));
            for (int run = 1; run <= runs; run++) {
                StringBuilder line = new StringBuilder("run " + run + ":");
                for (String extension : formats) {
                    long wall = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    ReportFiles.save(report, document, out.resolve("bao-cao." + extension));
                    line.append(String.format(" %s %d ms (cpu %d ms)", extension,
                            (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000));
                }
                System.out.println(line);
            }
            System.out.println("files in " + out);
        }
    }
}
