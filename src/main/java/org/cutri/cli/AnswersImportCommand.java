package org.cutri.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.answer.importing.AnswerImportPreview;
import org.cutri.answer.importing.AnswerImportResult;
import org.cutri.answer.importing.AnswerImportRow;
import org.cutri.answer.importing.AnswerImportService;
import org.cutri.answer.importing.ConfirmedMatches;
import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.opinionimport.OpinionImportProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code answers import FILE.xlsx|FILE.csv --round ID [--dry-run] [--accept-text-matches]}: imports an agency's list
 * of answers, all or nothing. A problem prints {@code row<TAB>reason} on standard error and exits with
 * {@link CutriCommand#EXIT_USER_ERROR}, storing nothing. A row matched only by the opinion's content prints
 * {@code row<TAB>khớp theo nội dung với MÃ (giống NN%)}; without {@code --accept-text-matches} such rows stop the
 * import (exit 2, nothing stored). On success prints how many answers were stored and how many were already there.
 */
@Command(name = "import", description = {
        "Nhập trả lời từ danh sách của cơ quan (tệp Excel .xlsx hoặc CSV UTF-8) cho các ý kiến của một đợt.",
        "Cột: Mã (hoặc Nội dung ý kiến), Cơ quan trả lời, Số văn bản, Ngày, Nội dung trả lời.",
        "Có lỗi ở bất kỳ dòng nào thì không lưu gì; mỗi lỗi in một dòng: số dòng<TAB>lý do."})
class AnswersImportCommand implements Callable<Integer> {

    @ParentCommand
    private AnswersCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp .xlsx hoặc .csv của cơ quan trả lời.")
    private Path file;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private int roundId;

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
            context.rounds().get(roundId);
            AnswerImportService service = context.answerImport();
            ProgressLines progress = new ProgressLines(err, messages);
            AnswerImportPreview preview = service.preview(file, roundId, progress);
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
            AnswerImportResult result = service.importFile(file, roundId, ConfirmedMatches.ALL, dryRun,
                    progress);
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
