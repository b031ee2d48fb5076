package org.cutri.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.opinionimport.OpinionImportProblem;
import org.cutri.opinionimport.OpinionImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import opinions FILE --round ID [--with-names]}: imports the opinions a hamlet typed in Excel
 * or CSV into a round, all or nothing. On success prints the count; otherwise prints each problem as
 * {@code row<TAB>reason} on stderr and exits with {@link CutriCommand#EXIT_USER_ERROR}. A long import prints
 * progress lines on stderr ({@link ProgressLines}).
 */
@Command(name = "opinions", description = {
        "Nhập ý kiến của các thôn từ tệp Excel .xlsx hoặc CSV (UTF-8) vào một đợt tiếp xúc.",
        "Cột: Thôn, Nội dung (bắt buộc); Mã, Lĩnh vực, Thẩm quyền, Người nêu (tùy chọn).",
        "Có lỗi ở bất kỳ dòng nào thì không nhập gì; mỗi lỗi in một dòng: số dòng<TAB>lý do."})
class ImportOpinionsCommand implements Callable<Integer> {

    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp .xlsx hoặc .csv của các thôn.")
    private Path file;

    @Option(names = "--round", paramLabel = "ID", required = true, description = "Số của đợt tiếp xúc (xem lệnh rounds).")
    private int roundId;

    @Option(names = "--with-names", description = "Các cử tri ghi ở cột “Người nêu” đồng ý ghi tên; không có tùy chọn này"
            + " thì tên bị bỏ, ý kiến được nhập không ghi tên.")
    private boolean withNames;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        Messages messages = root.messages();
        try (AppContext context = root.openContext()) {
            PrintWriter err = spec.commandLine().getErr();
            OpinionImportResult result = context.opinionImport().importFile(file, roundId, withNames,
                    new ProgressLines(err, messages));
            if (result.imported()) {
                root.out().println(result.summary(messages));
                return 0;
            }
            err.println(result.summary(messages));
            for (OpinionImportProblem problem : result.problems()) {
                err.println(problem.rowText() + "\t" + problem.reason(messages));
            }
            return CutriCommand.EXIT_USER_ERROR;
        }
    }
}
