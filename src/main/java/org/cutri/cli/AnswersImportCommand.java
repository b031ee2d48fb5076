package org.cutri.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.answer.importing.AnswerImportPreview;
import org.cutri.answer.importing.AnswerImportResult;
import org.cutri.answer.importing.AnswerImportRow;
import org.cutri.answer.importing.AnswerDesk;
import org.cutri.answer.importing.AnswerImporter;
import org.cutri.answer.importing.ConfirmedMatches;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.office.OfficeKind;
import org.cutri.opinionimport.OpinionImportProblem;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code answers import FILE.xlsx|FILE.csv --round ID|--province [--dry-run] [--accept-text-matches]}: imports an
 * agency's list of answers into a round of the commune, or (with {@code --province}) into the communes' opinions a
 * province received, all or nothing. A problem prints {@code row<TAB>reason} on standard error and exits with
 * {@link CutriCommand#EXIT_USER_ERROR}, storing nothing. A row matched only by the opinion's content prints
 * {@code row<TAB>khớp theo nội dung với MÃ (giống NN%)}; without {@code --accept-text-matches} such rows stop the
 * import (exit 2, nothing stored). On success prints how many answers were stored and how many were already there.
 */
@Command(name = "import", description = {
        "Nhập trả lời từ danh sách của cơ quan (tệp Excel .xlsx hoặc CSV UTF-8) cho các ý kiến của một đợt"
                + " (hoặc, tại tỉnh, cho ý kiến của các xã đã nhận).",
        "Cột: Mã (hoặc Nội dung ý kiến), Cơ quan trả lời, Số văn bản, Ngày, Nội dung trả lời;"
                + " tại tỉnh (--province) có thể thêm cột Xã.",
        "Có lỗi ở bất kỳ dòng nào thì không lưu gì; mỗi lỗi in một dòng: số dòng<TAB>lý do."})
class AnswersImportCommand implements Callable<Integer> {

    @ParentCommand
    private AnswersCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp .xlsx hoặc .csv của cơ quan trả lời.")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Where the answers go: a round of the commune, or the communes' opinions the province received. */
    static final class Target {
        @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
        private Integer roundId;

        @Option(names = "--province", required = true, description = "Tại tỉnh: nhập vào ý kiến của các xã đã nhận"
                + " (thêm cột Xã: mã hoặc tên xã, khi cùng một mã có ở nhiều xã).")
        private boolean province;
    }

    @Option(names = "--dry-run", description = "Chỉ kiểm tra và cho biết sẽ lưu gì; không lưu gì.")
    private boolean dryRun;

    @Option(names = "--accept-text-matches", description = "Nhận các dòng không có mã (hoặc mã không đúng) mà chương"
            + " trình tìm được ý kiến theo nội dung giống nhau.")
    private boolean acceptTextMatches;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext context = root.openContext()) {
            AnswerDesk desk;
            if (target.province) {
                if (context.office().get().officeKind() != OfficeKind.PROVINCE) {
                    throw new UserException("provinceanswer.import.notProvince");
                }
                desk = context.provinceAnswerImport();
            } else {
                context.rounds().get(target.roundId);
                desk = context.answerImport().forRound(target.roundId);
            }
            AnswerImporter service = context.answerImport().importer();
            ProgressLines progress = new ProgressLines(err, messages);
            AnswerImportPreview preview = service.preview(file, desk, progress);
            if (!preview.clean()) {
                return refused(preview.problems(), messages, err);
            }
            List<AnswerImportRow> textMatches = preview.textMatches();
            PrintWriter matchesTo = acceptTextMatches || textMatches.isEmpty() ? root.out() : err;
            for (AnswerImportRow row : textMatches) {
                matchesTo.println(row.row() + "\t" + messages.get("answerimport.textMatch", row.issueCode(),
                        row.similarity()));
            }
            if (!textMatches.isEmpty() && !acceptTextMatches) {
                err.println(messages.get("answerimport.cli.textMatches", textMatches.size()));
                return CutriCommand.EXIT_USER_ERROR;
            }
            AnswerImportResult result = service.importFile(file, desk, ConfirmedMatches.ALL, dryRun, progress);
            if (result.refused()) {
                return refused(result.problems(), messages, err);
            }
            root.out().println(dryRun ? messages.get("answerimport.result.dryRun", result.stored(), result.alreadyStored())
                    : messages.get("answerimport.result.stored", result.stored(), result.alreadyStored()));
            return 0;
        }
    }

    private static int refused(List<OpinionImportProblem> problems, Messages messages, PrintWriter err) {
        for (OpinionImportProblem problem : problems) {
            err.println(problem.rowText() + "\t" + problem.reason(messages));
        }
        return CutriCommand.EXIT_USER_ERROR;
    }
}
