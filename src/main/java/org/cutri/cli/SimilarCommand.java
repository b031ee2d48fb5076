package org.cutri.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.SpreadsheetText;
import org.cutri.opinion.OpinionListItem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code similar --round ID}: one CSV line {@code code,group} per opinion of the round, in the round's
 * order; {@code group} numbers the same-issue groups (accepted groups and the program's suggestions for
 * the other approved opinions) 1, 2, … by their first opinion, and is empty for an opinion alone. A code a
 * spreadsheet would take for a formula is written with a leading apostrophe ({@link SpreadsheetText}).
 */
@Command(name = "similar", description = {
        "Các ý kiến trùng nội dung của một đợt: mỗi ý kiến một dòng “mã,nhóm” (CSV).",
        "Cùng số nhóm là cùng một vấn đề; để trống là ý kiến không trùng với ý kiến nào."})
class SimilarCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", paramLabel = "ID", required = true, description = "Số của đợt tiếp xúc (xem lệnh rounds).")
    private int roundId;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            context.rounds().get(roundId);
            Map<String, Integer> groupOf = new HashMap<>();
            List<List<String>> issues = context.groups().similarCodes(roundId);
            for (int i = 0; i < issues.size(); i++) {
                for (String code : issues.get(i)) {
                    groupOf.put(code, i + 1);
                }
            }
            for (OpinionListItem item : context.opinions().listItems(roundId)) {
                Integer group = groupOf.get(item.code());
                parent.out().println(SpreadsheetText.csvField(item.code()) + "," + (group == null ? "" : group));
            }
            return 0;
        }
    }
}
