package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.numbering.DocumentKind;
import org.cutri.numbering.IssueRequest;
import org.cutri.numbering.RegisteredDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code documents [--year YYYY]}: the outgoing-document register of a year (this year unless given), one line per
 * number: {@code number<TAB>symbol<TAB>dd/MM/yyyy<TAB>type<TAB>summary}. A cancelled number keeps its line, its summary
 * followed by " (đã hủy số: reason)". Subcommands cancel a number, register a document by hand and write the book.
 */
@Command(name = "documents", description = "Sổ đăng ký văn bản đi của một năm: số<TAB>ký hiệu<TAB>ngày<TAB>loại"
        + "<TAB>trích yếu.", subcommands = {DocumentsCommand.Cancel.class, DocumentsCommand.Add.class,
                DocumentsCommand.Book.class})
class DocumentsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--year", paramLabel = "YYYY", description = "Năm của sổ (mặc định: năm nay).")
    private Integer year;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (RegisteredDocument document : context.documentRegister().list(year == null ? LocalDate.now().getYear()
                    : year)) {
                parent.out().println(line(document));
            }
            return 0;
        }
    }

    static String line(RegisteredDocument d) {
        String summary = d.summary() + (d.cancelled() ? " (đã hủy số: " + d.cancelReason() + ")" : "");
        return d.number() + "\t" + d.symbol() + "\t" + DateText.format(d.issuedOn()) + "\t" + d.typeName() + "\t"
                + summary.replace('\t', ' ');
    }

    /** {@code documents cancel NUMBER --year YYYY --reason TEXT}: cancels a number; its line stays with the reason. */
    @Command(name = "cancel", description = "Hủy một số trong sổ văn bản đi (số không bao giờ được cấp lại).")
    static class Cancel implements Callable<Integer> {

        @ParentCommand
        private DocumentsCommand documents;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "Số cần hủy.")
        private int number;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm của số.")
        private int year;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Lý do hủy số.")
        private String reason;

        @Override
        public Integer call() {
            CutriCommand root = documents.parent;
            try (AppContext context = root.openContext()) {
                RegisteredDocument cancelled = context.documentRegister().cancel(year, number, reason);
                root.out().println(line(cancelled));
                return 0;
            }
        }
    }

    /**
     * {@code documents add --type KH --summary TEXT --date dd/MM/yyyy [--signer] [--recipients] [--copies]}: registers
     * a document made outside the program; prints its line with the number it was given.
     */
    @Command(name = "add", description = "Đăng ký một văn bản làm ngoài chương trình (lấy số tiếp theo trong sổ).")
    static class Add implements Callable<Integer> {

        @ParentCommand
        private DocumentsCommand documents;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "Loại văn bản: mã (KH, BC, BB, GM, TB, CV, QĐ, CTr, TTr, GGT) hoặc tên (Kế hoạch, …).")
        private String type;

        @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "Trích yếu nội dung.")
        private String summary;

        @Option(names = "--date", required = true, paramLabel = "dd/MM/yyyy", description = "Ngày tháng văn bản.")
        private String date;

        @Option(names = "--signer", paramLabel = "NAME", description = "Người ký.")
        private String signer;

        @Option(names = "--recipients", paramLabel = "TEXT", description = "Nơi nhận văn bản.")
        private String recipients;

        @Option(names = "--copies", paramLabel = "N", description = "Số lượng bản.")
        private Integer copies;

        @Override
        public Integer call() {
            DocumentKind kind = kind(type).orElseThrow(() -> new UserException("numbering.cli.type", type));
            LocalDate day = DateText.parse(date).orElseThrow(() -> new UserException("numbering.cli.date", date));
            CutriCommand root = documents.parent;
            try (AppContext context = root.openContext()) {
                RegisteredDocument added = context.documentRegister().registerByHand(new IssueRequest(kind.code(),
                        summary, day, signer, recipients, null, copies, null));
                root.out().println(line(added));
                return 0;
            }
        }
    }

    /** A kind by its code or its name, case and diacritics ignored ("kh", "ke hoach", "Kế hoạch"). */
    static Optional<DocumentKind> kind(String typed) {
        Optional<DocumentKind> byCode = DocumentKind.ofCode(typed);
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = VietText.fold(typed == null ? "" : typed.strip());
        for (DocumentKind kind : DocumentKind.values()) {
            if (VietText.fold(kind.documentName()).equals(folded) || VietText.fold(kind.code()).equals(folded)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@code documents book --year YYYY --out FILE.docx|FILE.xlsx}: writes the year's book; prints the file. */
    @Command(name = "book", description = "Ghi sổ đăng ký văn bản đi của một năm ra tệp .docx hoặc .xlsx.")
    static class Book implements Callable<Integer> {

        @ParentCommand
        private DocumentsCommand documents;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm của sổ.")
        private int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp kết quả: .docx hoặc .xlsx.")
        private Path out;

        @Override
        public Integer call() {
            CutriCommand root = documents.parent;
            try (AppContext context = root.openContext()) {
                Path written = context.documentRegister().writeBook(year, out);
                root.out().println(root.messages().get("numbering.cli.book", written, String.valueOf(year),
                        context.documentRegister().list(year).size()));
                return 0;
            }
        }
    }
}
