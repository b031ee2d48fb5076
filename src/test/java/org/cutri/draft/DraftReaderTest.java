package org.cutri.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draft import on two real multi-level .docx files made by LibreOffice from the same invented draft (a commune
 * Party committee's political report, 41 sections in four levels): one with Word's heading styles, one with only
 * bold, italic or capital numbered paragraphs ("PHẦN THỨ NHẤT" with its name on the next line, "I.", "1.", "2.1.",
 * "a)" and a long "c)" paragraph whose bold words are its heading). One heading is written with decomposed accents,
 * two with Ð for Đ. Both give exactly the same tree.
 */
class DraftReaderTest {

    /** level|label|heading of every section, in order. */
    static final List<String> TREE = List.of(
            "1|PHẦN THỨ NHẤT|ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020–2025",
            "2|I.|KẾT QUẢ ĐẠT ĐƯỢC",
            "3|1.|Về phát triển kinh tế",
            "4|a)|Sản xuất nông nghiệp",
            "4|b)|Công nghiệp, tiểu thủ công nghiệp và dịch vụ",
            "4|c)|Xây dựng nông thôn mới",
            "3|2.|Về văn hóa – xã hội",
            "4|a)|Giáo dục và đào tạo",
            "4|b)|Y tế, dân số",
            "4|c)|Văn hóa, thông tin, thể thao",
            "3|3.|Về quốc phòng, an ninh",
            "3|4.|Về công tác xây dựng Đảng và hệ thống chính trị",
            "4|a)|Công tác chính trị, tư tưởng",
            "4|b)|Công tác tổ chức, cán bộ",
            "4|c)|Công tác kiểm tra, giám sát",
            "4|d)|Công tác dân vận; Mặt trận Tổ quốc và các đoàn thể",
            "2|II.|HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN",
            "3|1.|Hạn chế, yếu kém",
            "3|2.|Nguyên nhân",
            "2|III.|BÀI HỌC KINH NGHIỆM",
            "1|PHẦN THỨ HAI|PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025–2030",
            "2|I.|DỰ BÁO TÌNH HÌNH",
            "2|II.|MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU",
            "3|1.|Mục tiêu tổng quát",
            "3|2.|Các chỉ tiêu chủ yếu",
            "4|2.1.|Chỉ tiêu về kinh tế",
            "4|2.2.|Chỉ tiêu về văn hóa – xã hội",
            "4|2.3.|Chỉ tiêu về môi trường",
            "4|2.4.|Chỉ tiêu về xây dựng Đảng",
            "2|III.|NHIỆM VỤ VÀ GIẢI PHÁP",
            "3|1.|Phát triển kinh tế nhanh và bền vững",
            "4|a)|Nông nghiệp ứng dụng công nghệ cao",
            "4|b)|Thương mại, dịch vụ",
            "3|2.|Phát triển văn hóa, xã hội; chăm lo đời sống Nhân dân",
            "3|3.|Bảo đảm quốc phòng, an ninh",
            "3|4.|Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
            "3|5.|Phát huy quyền làm chủ của Nhân dân và sức mạnh khối đại đoàn kết toàn dân tộc",
            "2|IV.|CÁC KHÂU ĐỘT PHÁ",
            "3|1.|Đột phá về hạ tầng giao thông nông thôn",
            "3|2.|Đột phá về chuyển đổi số",
            "1||KẾT LUẬN");

    @TempDir
    Path folder;

    static Path resource(String name) {
        try {
            return Path.of(DraftReaderTest.class.getResource("/draft/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> tree(DraftOutline outline) {
        return outline.items().stream().map(i -> i.level() + "|" + i.label() + "|" + i.heading()).toList();
    }

    @Test
    void aDraftWithHeadingStylesGivesItsExactTree() {
        DraftOutline outline = DraftReader.read(resource("du-thao-de-muc.docx"), TaskMonitor.NONE);

        assertThat(tree(outline)).containsExactlyElementsOf(TREE);
        assertThat(outline.preamble()).startsWith("ĐẢNG BỘ XÃ TÂN PHÚC\nDỰ THẢO\nBÁO CÁO CHÍNH TRỊ")
                .contains("Đại hội đại biểu Đảng bộ xã lần thứ II");
        assertThat(outline.items().get(3).body()).isEqualTo("Diện tích lúa chất lượng cao đạt 620 ha; hình thành 3"
                + " cánh đồng lớn liên kết tiêu thụ.\n- Chăn nuôi chuyển dần sang gia trại, trang trại bảo đảm an toàn"
                + " sinh học.");
        assertThat(outline.items().get(1).body()).isNull();
        // The table after the conclusion is its body, a row a line.
        assertThat(outline.items().get(40).body()).endsWith("Chỉ tiêu | Năm 2025\nThu nhập bình quân | 72 triệu đồng");
    }

    @Test
    void aDraftWithOnlyNumberedBoldParagraphsGivesTheSameTree() {
        DraftOutline outline = DraftReader.read(resource("du-thao-danh-so.docx"), TaskMonitor.NONE);

        assertThat(tree(outline)).containsExactlyElementsOf(TREE);
        assertThat(outline.preamble()).startsWith("ĐẢNG BỘ XÃ TÂN PHÚC\nDỰ THẢO");
        // "c) Xây dựng nông thôn mới: Xã giữ vững …" in one long paragraph: the bold words are the heading.
        assertThat(outline.items().get(5).body()).startsWith("Xã giữ vững chuẩn nông thôn mới nâng cao")
                .endsWith("giảm còn 1,2%.");
        assertThat(outline.items().get(2).body())
                .isEqualTo("Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 8,2%/năm, vượt chỉ tiêu Nghị quyết đề ra.");
    }

    @Test
    void localisedHeadingStyleNamesGiveTheirLevel() {
        assertThat(DraftReader.levelOfName("Heading 1")).isEqualTo(1);
        assertThat(DraftReader.levelOfName("heading 3")).isEqualTo(3);
        assertThat(DraftReader.levelOfName("Heading2")).isEqualTo(2);
        assertThat(DraftReader.levelOfName("Tiêu đề 1")).isEqualTo(1);
        assertThat(DraftReader.levelOfName("Đề mục 2")).isEqualTo(2);
        assertThat(DraftReader.levelOfName("TextBody")).isZero();
        assertThat(DraftReader.levelOfName("Title")).isZero();
    }

    @Test
    void aDamagedANonDocxAndAnEmptyFileAreOneMessageEach() throws Exception {
        Path text = folder.resolve("ghi-chu.docx");
        Files.writeString(text, "Đây không phải tệp Word", StandardCharsets.UTF_8);
        assertKey(text, "draft.import.unreadable");

        Path cut = folder.resolve("hong.docx");
        byte[] whole = Files.readAllBytes(resource("du-thao-de-muc.docx"));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertKey(cut, "draft.import.unreadable");

        Path empty = folder.resolve("trong.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(empty)) {
            document.createParagraph();
            document.write(out);
        }
        assertKey(empty, "draft.import.empty");

        Path zero = folder.resolve("rong.docx");
        Files.write(zero, new byte[0]);
        assertKey(zero, "draft.import.unreadable");

        assertKey(folder.resolve("khong-co.docx"), "draft.import.missing");
    }

    @Test
    void textInTheOldTcvn3EncodingIsRefused() throws Exception {
        Path legacy = folder.resolve("tcvn3.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(legacy)) {
            document.createParagraph().createRun().setText("I. KÕt qu¶ ®¹t ®−îc");
            document.createParagraph().createRun().setText("Th«n §ång T©m ®· tæ chøc héi nghÞ");
            document.write(out);
        }
        assertKey(legacy, "draft.import.legacy");
    }

    private static void assertKey(Path file, String key) {
        assertThatThrownBy(() -> DraftReader.read(file, TaskMonitor.NONE)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo(key);
    }
}
