package org.cutri.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code check}: opens the data, brings the schema up to date, verifies every table and prints its count. */
@Command(name = "check", description = "Mở và kiểm tra cơ sở dữ liệu, in số dòng của từng bảng.")
class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            Map<String, Long> counts = context.database().tableCounts();
            parent.out().println(parent.messages().get("cli.check.ok", context.database().folder()));
            counts.forEach((table, count) -> parent.out().println(table + "\t" + count));
            return 0;
        }
    }
}
