package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code hamlets}: one line per hamlet, {@code ID<TAB>name}, in Vietnamese alphabetical order. */
@Command(name = "hamlets", description = "Liệt kê các thôn, xóm: ID<TAB>tên.")
class HamletsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (Hamlet hamlet : context.hamlets().list()) {
                parent.out().println(hamlet.id() + "\t" + hamlet.name());
            }
            return 0;
        }
    }
}
