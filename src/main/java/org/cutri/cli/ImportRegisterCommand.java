package org.cutri.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.register.RegisterImportResult;
import org.cutri.register.RegisterProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import register FILE.xlsx}: imports the register workbook (sheets Thôn and Đại biểu), all or
 * nothing. On success prints the counts; otherwise prints each bad row as {@code sheet<TAB>row<TAB>reason}
 * on stderr and exits with {@link CutriCommand#EXIT_USER_ERROR}.
 */
@Command(name = "register", description = "Nhập sổ đăng ký (trang Thôn và Đại biểu) từ tệp Excel .xlsx.")
class ImportRegisterCommand implements Callable<Integer> {

    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.xlsx", description = "Tệp Excel của sổ đăng ký.")
    private Path file;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        Messages messages = root.messages();
        try (AppContext context = root.openContext()) {
            RegisterImportResult result = context.registerImport().importFile(file);
            if (result.imported()) {
                root.out().println(result.summary(messages));
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(result.summary(messages));
            for (RegisterProblem problem : result.problems()) {
                err.println(problem.sheet() + "\t" + problem.rowText() + "\t" + problem.reason(messages));
            }
            return CutriCommand.EXIT_USER_ERROR;
        }
    }
}
