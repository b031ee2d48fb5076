package org.cutri.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.Database;
import org.cutri.common.i18n.Localizable;
import org.cutri.common.i18n.Messages;
import org.cutri.returns.ReturnApprovals;
import org.cutri.returns.ReturnImportSummary;

/**
 * {@code package import FILE} at a commune office, or given a return package: takes the province's answers
 * (docs/decisions/0037). Prints {@code file<TAB>APPLIED|UNCHANGED|REFUSED<TAB>details}, then one line per issue that
 * changes ({@code code<TAB>before<TAB>after<TAB>agency}) and the codes the commune does not know. A refused package
 * ends with one line on standard error and {@link CutriCommand#EXIT_USER_ERROR}.
 */
final class ReturnImportRun {

    private ReturnImportRun() {
    }

    static int run(CutriCommand root, List<Path> files, boolean dryRun, boolean trust, boolean acceptGap) {
        Messages messages = root.messages();
        if (!root.hasData()) {
            // Never create a data folder for answers: they belong to a commune's own data.
            throw new UserException("returns.refused.noData", root.dataFolder());
        }
        ReturnApprovals approvals = ReturnApprovals.of(trust, acceptGap);
        ReturnImportSummary refused = null;
        int refusedCount = 0;
        try (AppContext context = root.openContext()) {
            for (Path file : files) {
                ReturnImportSummary s = dryRun ? context.returnImports().dryRun(file, approvals)
                        : context.returnImports().importFile(file, approvals);
                print(root, messages, s);
                if (s.refused()) {
                    refused = s;
                    refusedCount++;
                }
            }
        }
        if (dryRun) {
            root.out().println(messages.get("exchange.cli.dryRun"));
        }
        if (refusedCount == 1) {
            ReturnImportSummary one = refused;
            throw new UserException("exchange.cli.refusedOne", one.file(), (Localizable) one::reason);
        }
        if (refusedCount > 1) {
            throw new UserException("exchange.cli.refusedMany", String.valueOf(refusedCount));
        }
        return 0;
    }

    private static void print(CutriCommand root, Messages messages, ReturnImportSummary s) {
        String details = s.outcome() == ReturnImportSummary.Outcome.APPLIED
                ? messages.get("returns.cli.applied", s.provinceName(), String.valueOf(s.sequence()),
                        String.valueOf(s.changes().size()), String.valueOf(s.unchanged()), String.valueOf(s.kept().size()),
                        String.valueOf(s.unknown().size()))
                : s.reason(messages);
        root.out().println(s.file() + "\t" + s.outcome() + "\t" + details);
        for (ReturnImportSummary.Change change : s.changes()) {
            root.out().println(change.code() + "\t" + change.before().label() + "\t" + change.after().label() + "\t"
                    + (change.agency() == null ? "" : change.agency()));
        }
        if (!s.kept().isEmpty()) {
            root.out().println(messages.get("returns.cli.kept", String.join(", ", s.kept())));
        }
        if (!s.unknown().isEmpty()) {
            root.out().println(messages.get("returns.cli.unknown", String.join(", ", s.unknown())));
        }
    }
}
