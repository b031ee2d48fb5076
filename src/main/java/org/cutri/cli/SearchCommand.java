package org.cutri.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.opinion.OpinionFilter;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionSearchIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code search TEXT…}: the opinions matching every word (ignoring case and diacritics), best first, one per
 * line: {@code code<TAB>hamlet<TAB>content}. Nothing found prints nothing.
 */
@Command(name = "search", description = "Tìm ý kiến cử tri (không phân biệt hoa thường, có dấu hay không): "
        + "mã<TAB>thôn<TAB>nội dung, khớp nhất trước.")
class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Các chữ cần tìm.")
    private List<String> words;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            OpinionSearchIndex index = OpinionSearchIndex.build(context.opinions().listItems());
            for (OpinionListItem item : index.search(String.join(" ", words), OpinionFilter.ALL)) {
                parent.out().println(item.code() + "\t" + nullToEmpty(item.hamletName()) + "\t"
                        + item.content().replaceAll("\\s+", " "));
            }
            return 0;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
