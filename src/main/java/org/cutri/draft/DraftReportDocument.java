package org.cutri.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutri.common.text.DateText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.DocumentText;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;

/**
 * The report to the level above (BÁO CÁO Tổng hợp ý kiến góp ý dự thảo …, Nghị định 30/2020): I. how the comments
 * were collected, with the counts; II. section by section in the draft's order, the agreements summed up with their
 * counts and sources, the disagreements and the partial agreements quoted with where they came from and how many
 * people; III. proposals; Nơi nhận and the signature. Counts are the compilation's: every comment once, people per
 * source once. Sources are meetings, hamlets, organisations; a person is named only as the office typed the source.
 */
public final class DraftReportDocument {

    public static final String TYPE = "BÁO CÁO";
    public static final String DRAFT = "(DỰ THẢO)";
    static final String AGREE = "Tán thành";
    static final String DISAGREE = "Không tán thành";
    static final String PARTLY = "Tán thành một phần, đề nghị sửa đổi, bổ sung";

    private DraftReportDocument() {
    }

    /** The subject line under BÁO CÁO: "Tổng hợp ý kiến góp ý dự thảo Báo cáo chính trị …". */
    public static String subject(DraftDocument draft) {
        String title = draft.title().strip();
        String folded = org.cutri.common.text.VietText.fold(title);
        if (folded.startsWith("du thao ")) {
            title = title.substring("dự thảo ".length()).strip();
        }
        return "Tổng hợp ý kiến góp ý dự thảo " + title;
    }

    /**
     * @param number the number given when the report was issued; null leaves "Số:      /BC-…" to fill by hand
     * @param draftPrint true adds "(DỰ THẢO)" under the subject
     */
    public static OfficialDocument build(DraftDocument draft, DraftCompilation compilation, CommuneProfile profile,
            Integer number, LocalDate date, boolean draftPrint) {
        CommuneProfile p = profile == null ? CommuneProfile.usual() : profile;
        List<Block> body = new ArrayList<>();
        general(draft, compilation, p, body);
        bySection(compilation, body);
        body.add(new Heading("III. ĐỀ XUẤT, KIẾN NGHỊ", 1));
        body.add(Paragraph.of("Đề nghị " + (draft.issuer() == null ? "cấp ủy" : draft.issuer())
                + " nghiên cứu, tiếp thu các ý kiến góp ý của Nhân dân nêu trên để hoàn chỉnh dự thảo; thông tin kết"
                + " quả tiếp thu để Nhân dân được biết."));
        body.add(Paragraph.of("Trên đây là báo cáo " + lowerFirst(subject(draft)) + " của Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam " + commune(p) + "./."));
        List<String> recipients = new ArrayList<>();
        if (draft.issuer() != null) {
            recipients.add(draft.issuer() + " (b/c);");
        }
        recipients.add("Ban Thường trực UBMTTQ tỉnh (b/c);");
        recipients.add("Thường trực Đảng ủy xã (b/c);");
        recipients.add("Lưu: VT.");
        List<Signature> signatures = List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
                blankTo(p.chairName(), "")));
        String subject = draftPrint ? subject(draft) + "\n" + DRAFT : subject(draft);
        return new OfficialDocument(header(p, number, date), TYPE, subject, body, recipients, signatures);
    }

    private static void general(DraftDocument draft, DraftCompilation compilation, CommuneProfile p,
            List<Block> body) {
        body.add(new Heading("I. TÌNH HÌNH TỔ CHỨC LẤY Ý KIẾN GÓP Ý", 1));
        StringBuilder opening = new StringBuilder("Thực hiện");
        if (draft.issuer() != null) {
            opening.append(" đề nghị của ").append(draft.issuer());
        } else {
            opening.append(" sự chỉ đạo của cấp trên");
        }
        opening.append(" về việc lấy ý kiến góp ý của Nhân dân vào dự thảo ").append(draftTitle(draft));
        if (draft.receivedDate() != null) {
            opening.append(" (nhận ngày ").append(DateText.format(draft.receivedDate())).append(")");
        }
        opening.append(", Ban Thường trực Ủy ban MTTQ Việt Nam ").append(commune(p))
                .append(" đã tổ chức lấy ý kiến góp ý của các tầng lớp Nhân dân");
        DraftCompilation.Totals whole = compilation.whole();
        if (whole.size() == 0) {
            opening.append(". Đến ngày báo cáo, chưa tiếp nhận được ý kiến góp ý nào.");
            body.add(Paragraph.of(opening.toString()));
            return;
        }
        List<String> ways = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            long n = whole.comments().stream().filter(c -> c.sourceKind() == kind).map(DraftCompilation.Compiled::sourceKey)
                    .distinct().count();
            if (n > 0) {
                ways.add(n + " " + kindWord(kind));
            }
        }
        opening.append(" thông qua ").append(String.join(", ", ways)).append(". ");
        long sections = compilation.sections().stream().filter(s -> s.own().size() > 0).count();
        opening.append("Tổng hợp được ").append(whole.size()).append(" ý kiến của ").append(whole.people())
                .append(" lượt người, góp ý vào ").append(sections).append(" phần, mục của dự thảo; trong đó ")
                .append(whole.agree()).append(" ý kiến tán thành, ").append(whole.disagree())
                .append(" ý kiến không tán thành, ").append(whole.partly())
                .append(" ý kiến tán thành một phần, đề nghị sửa đổi, bổ sung.");
        body.add(Paragraph.of(opening.toString()));
    }

    private static void bySection(DraftCompilation compilation, List<Block> body) {
        body.add(new Heading("II. KẾT QUẢ GÓP Ý THEO TỪNG PHẦN, MỤC CỦA DỰ THẢO", 1));
        boolean any = false;
        for (DraftCompilation.SectionTotals s : compilation.sections()) {
            DraftCompilation.Totals own = s.own();
            if (own.size() == 0) {
                continue;
            }
            any = true;
            body.add(new Heading(quotedLabel(s.section()), 2));
            if (!s.ancestors().isEmpty()) {
                body.add(new Paragraph(List.of(Run.italic("(Thuộc " + String.join(" – ",
                        s.ancestors().stream().map(DraftReportDocument::shortName).toList()) + ")")), true));
            }
            if (own.agree() > 0) {
                body.add(new Paragraph(List.of(Run.bold("- " + AGREE + ": "),
                        Run.plain(own.agree() + " ý kiến (" + own.people(Stance.AGREE) + " người) của "
                                + String.join(", ", own.sources(Stance.AGREE).stream()
                                        .map(DraftReportDocument::inSentence).toList())
                                + " nhất trí với nội dung dự thảo" + agreedPoints(own) + ".")), true));
            }
            quoted(own, Stance.DISAGREE, DISAGREE, body);
            quoted(own, Stance.PARTLY, PARTLY, body);
        }
        if (!any) {
            body.add(Paragraph.of("Chưa có ý kiến góp ý vào các phần, mục của dự thảo."));
        } else if (compilation.sections().stream().anyMatch(s -> s.total().size() == 0)) {
            body.add(Paragraph.of("Các phần, mục còn lại của dự thảo không có ý kiến góp ý."));
        }
    }

    /** A source mid-sentence: a hamlet as "thôn Đông Hải" (held together), a body ("Hội Nông dân xã") as it is. */
    private static String inSentence(String source) {
        String lowered = org.cutri.common.text.PlaceText.lowerUnit(source);
        return lowered.equals(source) ? source : org.cutri.common.text.PlaceText.glued(lowered);
    }

    /** The agreements that say more than "nhất trí", in short: "; nhấn mạnh: …". */
    private static String agreedPoints(DraftCompilation.Totals own) {
        List<String> points = own.of(Stance.AGREE).stream().map(DraftCompilation.Compiled::content)
                .filter(t -> t.length() > 30).map(DraftReportDocument::withoutStop).distinct().limit(3).toList();
        return points.isEmpty() ? "" : "; có ý kiến nêu: " + String.join("; ", points);
    }

    private static void quoted(DraftCompilation.Totals own, Stance stance, String word, List<Block> body) {
        List<DraftCompilation.Compiled> comments = own.of(stance);
        if (comments.isEmpty()) {
            return;
        }
        body.add(new Paragraph(List.of(Run.bold("- " + word + ": "), Run.plain(comments.size() + " ý kiến ("
                + own.people(stance) + " người):")), true));
        for (DraftCompilation.Compiled c : comments) {
            body.add(new Paragraph(List.of(Run.plain("+ “" + withoutStop(c.content()) + "” "),
                    Run.italic("(" + c.sourceName() + "; " + c.people() + " người)")), true));
        }
    }

    /**
     * A section of the draft as the report names it, quoted: Mục “I. MỤC TIÊU …”, never “I. …” alone, which
     * would read as the report's own numbering inside its II. A part or chapter names itself (“PHẦN THỨ HAI”).
     */
    static String quotedLabel(DraftSection section) {
        String title = section.title().strip();
        String folded = org.cutri.common.text.VietText.fold(title);
        boolean namesItself = folded.startsWith("phan ") || folded.startsWith("chuong ") || folded.startsWith("muc ")
                || folded.startsWith("dieu ");
        return (namesItself ? "" : "Mục ") + "“" + title + "”";
    }

    /** A part is named by its label ("PHẦN THỨ NHẤT"), a section below it by its label and heading. */
    private static String shortName(DraftSection section) {
        if (section.label().isEmpty()) {
            return section.heading();
        }
        return section.level() == 1 ? section.label() : section.title();
    }

    private static String draftTitle(DraftDocument draft) {
        String title = subject(draft).substring("Tổng hợp ý kiến góp ý dự thảo ".length());
        return title;
    }

    static String kindWord(SourceKind kind) {
        return switch (kind) {
            case MEETING -> "hội nghị";
            case HAMLET -> "thôn, tổ dân phố";
            case ORGANISATION -> "tổ chức thành viên, đoàn thể";
            case PERSON -> "cá nhân";
        };
    }

    private static OfficialDocument.DocumentHeader header(CommuneProfile p, Integer number, LocalDate date) {
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {p.headerLine1(), p.headerLine2(), p.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String symbol = blankTo(p.symbolCode(), CommuneProfile.USUAL_SYMBOL_CODE);
        String numberLine = number == null ? "Số:      /" + DraftService.TYPE_CODE + "-" + symbol
                : "Số: " + DocumentText.number(number, DraftService.TYPE_CODE, symbol);
        String place = blankTo(p.placeName(), blankTo(p.communeName(), ""));
        String dateLine = place.isEmpty() ? DocumentText.date(date) : DocumentText.dateLine(place, date);
        return new OfficialDocument.DocumentHeader(organisation, numberLine, dateLine);
    }

    private static String commune(CommuneProfile p) {
        String name = blankTo(p.communeName(), "");
        return name.isEmpty() ? "xã" : "xã " + name;
    }

    private static String withoutStop(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text == null ? "" : text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
