package org.cutri.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.Database;
import org.cutri.common.i18n.Localizable;
import org.cutri.common.i18n.Messages;
import org.cutri.exchange.PackageReader;
import org.cutri.exchange.ReturnPackageReader;
import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.province.PackageImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code package import FILE... [--dry-run]}: imports communes' packages at the province, one transaction per
 * package, printing {@code file<TAB>NEW|REPLACING|UNCHANGED|REFUSED<TAB>details} per package. A commune's first
 * package is refused, its key's fingerprint printed, unless {@code --trust} is given; a gap in a round's sequence
 * numbers unless {@code --accept-gap} (docs/decisions/0035). When any package is
 * refused, one line on standard error says which (or how many) and the exit code is
 * {@link CutriCommand#EXIT_USER_ERROR}. An empty data folder becomes a province office with its first stored
 * package; a dry run, or a batch refused whole, leaves it untouched (no database is created).
 */
@Command(name = "import", description = {
        "Nhập gói dữ liệu của các xã (ở văn phòng tỉnh). Mỗi gói một dòng: tệp<TAB>kết quả<TAB>chi tiết.",
        "Kết quả: NEW (mới), REPLACING (thay gói cũ hơn), UNCHANGED (đã nhập rồi), REFUSED (từ chối, kèm lý do).",
        "Gói đầu tiên của một xã bị từ chối và in mã khóa của xã, trừ khi có --trust.",
        "Thư mục dữ liệu còn trống sẽ được lập làm văn phòng tỉnh.",
        "Ở văn phòng xã: nhập gói trả lời của tỉnh (lần đầu cần --trust sau khi đối chiếu mã khóa của tỉnh)."})
class PackageImportCommand implements Callable<Integer> {

    @ParentCommand
    private PackageCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp gói .zip, hoặc thư mục chứa các gói.")
    private List<Path> files;

    @Option(names = "--dry-run", description = "Chỉ cho biết từng gói sẽ ra sao; không lưu gì.")
    private boolean dryRun;

    @Option(names = "--trust", description = {"Tin khóa của xã gửi gói đầu tiên (sau khi đã gọi điện đối chiếu mã khóa",
            "in ra khi nhập không có --trust). Không đổi khóa đã tin của một xã."})
    private boolean trust;

    @Option(names = "--accept-gap", description = "Nhận cả gói có số thứ tự cách quãng (thiếu gói giữa chừng).")
    private boolean acceptGap;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        Messages messages = root.messages();
        List<Path> expanded = PackageImporter.expand(files);
        if (expanded.isEmpty()) {
            throw new UserException("exchange.cli.noFiles");
        }
        if (answersExpected(expanded)) {
            return ReturnImportRun.run(root, expanded, dryRun, trust, acceptGap);
        }
        // The packages are read first, without the database: a batch refused whole, or a dry run in a folder
        // without a database, does not open (or create) it, so the folder stays exactly as it was.
        Approvals approvals = Approvals.of(trust, acceptGap);
        List<PackageImportSummary> summaries = PackageImporter.dryRunWithoutData(new PackageReader(), files, approvals);
        boolean noData = !root.hasData();
        // Refused without the data: final, unless the data may know better (a key the province already trusts).
        boolean allRefused = summaries.stream().allMatch(s -> s.refused()
                && (noData || s.question() == PackageImportSummary.Question.NONE));
        if (!allRefused && !(dryRun && noData)) {
            try (AppContext context = root.openContext()) {
                summaries = dryRun ? context.packageImporter().dryRun(files, approvals)
                        : context.packageImporter().importAll(files, approvals);
            }
        }
        int[] counts = new int[Outcome.values().length];
        for (PackageImportSummary summary : summaries) {
            counts[summary.outcome().ordinal()]++;
            root.out().println(summary.file() + "\t" + summary.outcome() + "\t" + summary.details(messages));
        }
        root.out().println(messages.get("exchange.cli.total", String.valueOf(summaries.size()),
                String.valueOf(counts[Outcome.NEW.ordinal()]), String.valueOf(counts[Outcome.REPLACING.ordinal()]),
                String.valueOf(counts[Outcome.UNCHANGED.ordinal()]), String.valueOf(counts[Outcome.REFUSED.ordinal()])));
        if (dryRun) {
            root.out().println(messages.get("exchange.cli.dryRun"));
        }
        List<PackageImportSummary> refused = summaries.stream().filter(PackageImportSummary::refused).toList();
        if (refused.size() == 1) {
            PackageImportSummary one = refused.get(0);
            throw new UserException("exchange.cli.refusedOne", one.file(), (Localizable) one::reason);
        }
        if (refused.size() > 1) {
            throw new UserException("exchange.cli.refusedMany", String.valueOf(refused.size()));
        }
        return 0;
    }

    /**
     * True when the files are the province's answers to take (docs/decisions/0037): a return package is among them.
     * A commune's package given at a commune office goes on to the province's import, which refuses it there
     * ({@code office.notProvince}) without changing the folder.
     */
    private static boolean answersExpected(List<Path> files) {
        return files.stream().anyMatch(ReturnPackageReader::isReturnPackage);
    }
}
