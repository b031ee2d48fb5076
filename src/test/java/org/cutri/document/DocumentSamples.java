package org.cutri.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.DocumentHeader;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.document.OfficialDocument.Table;

/** A realistic plan and schedule of a fictional commune, as the round plan builds it. */
final class DocumentSamples {

    static final String NUMBER = "Số: 01/KH-MTTQ-BTT";
    static final String PLACE_AND_DATE = "Tân Phúc, ngày 05 tháng 6 năm 2026";
    static final String SUBJECT = "Tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã\n"
            + "trước kỳ họp thứ 12, Hội đồng nhân dân xã khóa XXIV";
    static final String SIGNER = "Nguyễn Thị Hằng";
    /** Every vowel with every tone, ă â đ ê ô ơ ư, in words the office writes. */
    static final String TRICKY = "Ban Thường trực đề nghị các tổ đại biểu chuẩn bị chu đáo, sẵn sàng lắng nghe; "
            + "khẳng định mỗi ý kiến của cử tri đều được ghi nhận đầy đủ, rõ ràng và giải quyết kịp thời; "
            + "kỹ lưỡng trong việc hướng dẫn, giúp đỡ người cao tuổi, trẻ em, phụ nữ mang thai; "
            + "nơi họp ở nhà văn hóa thôn Phú Thuỵ có ghế ngồi, nước uống, loa đài; "
            + "những việc cần làm sẽ được diễn ra theo đúng kế hoạch để tạo sự đồng thuận, thống nhất; "
            + "thuỷ lợi, đường giao thông, quỹ hỗ trợ nhà ở, đặc biệt là ngõ xóm lầy lội sau mưa bão; "
            + "kèm theo danh sách nhỏ các hộ được phép làm đẹp cảnh quan, chỉ cùng thực hiện khi thuận lợi.";
    /** The same kind of text typed with a decomposing input method (NFD). */
    static final String TYPED_DECOMPOSED = Normalizer.normalize(
            "Ủy ban Mặt trận Tổ quốc xã tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp.",
            Normalizer.Form.NFD);

    static final List<String> ORGANISATION = List.of("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC");
    static final List<String> HAMLETS = List.of("Thôn Đông Hòa", "Thôn Phú Thuỵ", "Thôn Bến Đò", "Thôn Yên Lũy",
            "Thôn Trung Hậu", "Thôn Ngọc Hồ", "Thôn Tây Sơn", "Thôn Vĩnh Ích", "Thôn Cầu Ngói", "Thôn Ấp Mới");

    private DocumentSamples() {
    }

    static OfficialDocument plan() {
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"));
        body.add(Paragraph.of("Căn cứ Quy chế phối hợp giữa Ủy ban Mặt trận Tổ quốc Việt Nam xã với Thường trực "
                + "Hội đồng nhân dân xã, Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch tiếp xúc cử tri "
                + "như sau:"));
        body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU", 1));
        body.add(new Heading("1. Mục đích", 2));
        body.add(Paragraph.of("Duy trì mối liên hệ giữa đại biểu Hội đồng nhân dân với cử tri và Nhân dân; thông báo "
                + "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh sáu tháng đầu năm "
                + "và lắng nghe ý kiến, kiến nghị của cử tri để phản ánh tới kỳ họp."));
        body.add(new Heading("2. Yêu cầu", 2));
        body.add(Paragraph.of("Tổ chức đúng thời gian, nghiêm túc, chu đáo, đúng quy định của pháp luật."));
        body.add(new Heading("II. LỊCH TIẾP XÚC CỬ TRI", 1));
        body.add(new Paragraph(List.of(Run.bold("Thời gian: "), Run.plain("từ ngày 14 đến ngày 16 tháng 6 năm 2026, "),
                Run.italic("theo lịch dưới đây.")), true));
        body.add(schedule());
        body.add(new Heading("III. TỔ CHỨC THỰC HIỆN", 1));
        body.add(Paragraph.of(TRICKY));
        body.add(Paragraph.of(TYPED_DECOMPOSED));
        body.add(Paragraph.of("Trưởng ban công tác Mặt trận các thôn phối hợp với Trưởng thôn chuẩn bị địa điểm, "
                + "thông báo rộng rãi tới cử tri; thư ký hội nghị ghi biên bản và gửi về Ban Thường trực chậm nhất "
                + "ngày 19 tháng 6 năm 2026."));
        body.add(Paragraph.of("Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Ban Thường trực "
                + "Ủy ban MTTQ Việt Nam xã để kịp thời giải quyết."));
        return new OfficialDocument(new DocumentHeader(ORGANISATION, NUMBER, PLACE_AND_DATE), "KẾ HOẠCH", SUBJECT,
                body, List.of("Thường trực Đảng ủy xã (b/c);", "Thường trực HĐND, UBND xã;",
                        "Các tổ đại biểu HĐND xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", SIGNER)));
    }

    /** A plan whose schedule has {@code rows} rows: a long document of many pages. */
    static OfficialDocument longPlan(int rows) {
        OfficialDocument plan = plan();
        Table one = schedule();
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>(one.rows().get(i % one.rows().size()));
            row.set(0, String.valueOf(i + 1));
            many.add(row);
        }
        List<Block> body = new ArrayList<>(plan.body());
        body.replaceAll(block -> block instanceof Table ? new Table(one.columns(), many) : block);
        return new OfficialDocument(plan.header(), plan.type(), plan.subject(), body, plan.recipients(),
                plan.signatures());
    }

    static Table schedule() {
        List<Column> columns = List.of(new Column("STT", 0.6f, true), new Column("Thời gian", 1.6f, true),
                new Column("Địa điểm", 2.2f, false), new Column("Tổ đại biểu\n(đại biểu tham dự)", 2.6f, false),
                new Column("Người phụ trách", 1.8f, false));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < HAMLETS.size(); i++) {
            int day = 14 + i / 4;
            String time = (i % 2 == 0 ? "07 giờ 30" : "14 giờ 00") + "\nngày " + day + "/6/2026";
            rows.add(List.of(String.valueOf(i + 1), time, "Nhà văn hóa " + HAMLETS.get(i).replace("Thôn", "thôn"),
                    "Tổ số " + (i / 2 + 1) + ":\nĐại biểu Trần Văn Ân\nĐại biểu Lê Thị Ước",
                    "Trưởng ban công tác Mặt trận " + HAMLETS.get(i).replace("Thôn", "thôn")));
        }
        return new Table(columns, rows);
    }

    static final String SCHEDULE_HEADING = "LỊCH TIẾP XÚC CỬ TRI";
    static final String SCHEDULE_REFERENCE = "(Kèm theo Kế hoạch số 01/KH-MTTQ-BTT ngày 05 tháng 6 năm 2026)";
    static final String LIST_HEADING = "PHỤ LỤC\nDANH SÁCH TỔ ĐẠI BIỂU";

    /**
     * The plan with its schedule moved out of the body into a landscape annex after the signature, followed
     * by a portrait annex with a paragraph and a table.
     */
    static OfficialDocument planWithAnnexes() {
        OfficialDocument plan = plan();
        List<Block> body = new ArrayList<>(plan.body());
        body.removeIf(block -> block instanceof Table);
        Table wide = new Table(List.of(new Column("STT", 0.6f, true), new Column("Thời gian", 1.6f, true),
                new Column("Địa điểm", 2.2f, false), new Column("Tổ đại biểu\n(đại biểu tham dự)", 2.6f, false),
                new Column("Người phụ trách", 1.8f, false), new Column("Thành phần mời", 2.4f, false),
                new Column("Ghi chú", 1.2f, false)), schedule().rows().stream().map(row -> {
                    List<String> cells = new ArrayList<>(row);
                    cells.add("Cử tri thôn, đại diện các hộ gia đình");
                    cells.add("");
                    return (List<String>) cells;
                }).toList());
        OfficialDocument.Annex schedule = new OfficialDocument.Annex(SCHEDULE_HEADING, SCHEDULE_REFERENCE,
                List.of(wide), OfficialDocument.Orientation.LANDSCAPE);
        OfficialDocument.Annex list = new OfficialDocument.Annex(LIST_HEADING, SCHEDULE_REFERENCE,
                List.of(Paragraph.of("Các tổ đại biểu được phân công như sau:"), new Table(
                        List.of(new Column("STT", 0.6f, true), new Column("Tổ đại biểu", 4f, false)),
                        List.of(List.of("1", "Tổ số 1: Trần Văn Ân, Lê Thị Ước")))),
                OfficialDocument.Orientation.PORTRAIT);
        return new OfficialDocument(plan.header(), plan.type(), plan.subject(), body, plan.recipients(),
                plan.signatures(), List.of(schedule, list));
    }

    /** Minutes: two signatures side by side, no recipients. */
    static OfficialDocument minutes() {
        return new OfficialDocument(new DocumentHeader(ORGANISATION, "", PLACE_AND_DATE), "BIÊN BẢN",
                "Hội nghị tiếp xúc cử tri thôn Phú Thuỵ",
                List.of(Paragraph.of("Hồi 07 giờ 30, ngày 14 tháng 6 năm 2026, tại nhà văn hóa thôn Phú Thuỵ.")),
                List.of(), List.of(new Signature("", "THƯ KÝ", "Phạm Thu Hà"),
                        new Signature("", "CHỦ TRÌ", "Đỗ Văn Khải")));
    }
}
