package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.IntegrityCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: opens the data, brings the schema up to date, reads every table and index and checks the
 * program's rules ({@link IntegrityCheck}); prints each table's count, or each problem and exits with 2.
 */
@Command(name = "check", description = "Mở và kiểm tra toàn bộ cơ sở dữ liệu, in số dòng của từng bảng.")
class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            IntegrityCheck.Result result = context.database().verify();
            if (!result.whole()) {
                result.problems().forEach(problem -> parent.out().println("- " + problem.in(parent.messages())));
                throw new UserException("cli.check.problems", context.database().folder(), result.problems().size(),
                        context.database().restoreAdvice());
            }
            parent.out().println(parent.messages().get("cli.check.ok", context.database().folder()));
            result.counts().forEach((table, count) -> parent.out().println(table + "\t" + count));
            return 0;
        }
    }
}
