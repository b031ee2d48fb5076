package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.plan.OfficePlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code plans}: one line per plan of the office, newest first: {@code ID<TAB>kind<TAB>number<TAB>subject}. */
@Command(name = "plans", description = "Liệt kê các kế hoạch: ID<TAB>loại<TAB>số<TAB>trích yếu (số trống: chưa ban hành).")
class PlansCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (OfficePlan plan : context.plans().list()) {
                parent.out().println(plan.id() + "\t" + parent.messages().label(plan.kind()) + "\t"
                        + (plan.issued() ? plan.numberText() : "") + "\t" + DueCommand.oneLine(plan.subject()));
            }
            return 0;
        }
    }
}
