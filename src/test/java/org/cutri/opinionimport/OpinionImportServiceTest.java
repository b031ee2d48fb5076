package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cutri.opinionimport.OpinionImportFixtures.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the hamlets' opinion files into a round, on a real H2 file. */
class OpinionImportServiceTest {

    private static final String[] HEADER = {"Mã", "Thôn", "Nội dung", "Lĩnh vực", "Thẩm quyền", "Người nêu"};

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;
    private OpinionImportService service;

    @BeforeEach
    void open() throws IOException {
        context = TestContexts.open(folder.resolve("data"));
        round = OpinionImportFixtures.roundWithMeetings(context, folder);
        service = context.opinionImport();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<OpinionListItem> stored() {
        return context.opinions().listItems(round.id());
    }

    private Path csvFile(String name, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(OpinionImportPreview preview) {
        return preview.problems().stream().map(p -> p.rowText() + "\t" + p.reason(TestContexts.VI)).toList();
    }

    @Test
    void theHamletsExampleIsPreviewedThenImportedWithCodesFieldsAndAuthorities() throws IOException {
        Path file = OpinionImportFixtures.example(folder);

        OpinionImportPreview preview = service.preview(file, round.id());
        assertThat(problems(preview)).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(OpinionImportRow::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.summary(TestContexts.VI)).contains("5 ý kiến");
        assertThat(stored()).as("the preview writes nothing").isEmpty();

        OpinionImportResult result = service.importFile(file, round.id(), false);

        assertThat(result.imported()).isTrue();
        assertThat(result.summary(TestContexts.VI)).isEqualTo("Đã nhập 5 ý kiến.");
        assertThat(stored()).hasSize(5)
                .extracting(OpinionListItem::code, OpinionListItem::hamletName, OpinionListItem::fieldName,
                        OpinionListItem::authority)
                .contains(tuple("YK" + round.id() + "-001", "Thôn Đồng Tâm", "Giao thông", Authority.COMMUNE),
                        tuple("YK" + round.id() + "-002", "Thôn Hợp Nhất", "Đất đai", Authority.PROVINCE),
                        tuple("YK" + round.id() + "-005", "Thôn Phú Thọ", "Lao động - Chính sách", Authority.PROVINCE));
        assertThat(stored()).filteredOn(o -> o.hamletName().equals("Xóm Bãi Sậy")).singleElement()
                .satisfies(o -> assertThat(o.content()).isEqualTo(
                        "Đề nghị kiểm tra chất lượng nước giếng khoan vì có mùi lạ."));
    }

    @Test
    void aUtf8CsvWithBomSemicolonsAndAQuotedMultiLineCellIsImported() throws IOException {
        String csv = "\uFEFF  MÃ ;thon;NOI   DUNG;Lĩnh Vực;Thẩm quyền;Ghi chú\r\n"
                + "T-01;Đồng Tâm;\"Đề nghị sửa cầu tràn;\r\nnước lũ về là cầu ngập, học sinh không qua được.\";giao thong;cấp tỉnh;x\r\n"
                + ";xom bai say;\"Cử tri nói \"\"nước có mùi\"\"\";Nước sạch;;\r\n"
                + ";;;;;\r\n";
        Path file = csvFile("y-kien.csv", csv);

        OpinionImportPreview preview = service.preview(file, round.id());
        assertThat(problems(preview)).isEmpty();
        assertThat(preview.rows()).extracting(OpinionImportRow::row).containsExactly(2, 3);

        assertThat(service.importFile(file, round.id(), false).count()).isEqualTo(2);
        assertThat(stored()).extracting(OpinionListItem::code, OpinionListItem::hamletName, OpinionListItem::content,
                OpinionListItem::fieldName, OpinionListItem::authority)
                .containsExactlyInAnyOrder(
                        tuple("T-01", "Thôn Đồng Tâm",
                                "Đề nghị sửa cầu tràn;\nnước lũ về là cầu ngập, học sinh không qua được.", "Giao thông",
                                Authority.PROVINCE),
                        tuple("YK" + round.id() + "-002", "Xóm Bãi Sậy", "Cử tri nói \"nước có mùi\"", "Nước sạch", null));
    }

    /**
     * Published text writes Đ as the look-alike Ð (U+00D0): such a file was refused as typed in an old encoding,
     * and stored nothing. It imports, with the real letter Đ stored (issue 9).
     */
    @Test
    void theLookAlikeEthIsReadAsĐAndNotTakenForAnOldEncoding() throws IOException {
        Path file = csvFile("y-kien.csv", "Thôn;Nội dung\r\n"
                + "Thôn Đồng Tâm;Đề nghị đầu tư giao thông vùng ÐBSCL và tuyến đi Thủ Ðức, ðường liên xã\r\n");

        OpinionImportPreview preview = service.preview(file, round.id());
        assertThat(problems(preview)).isEmpty();
        assertThat(service.importFile(file, round.id(), false).count()).isEqualTo(1);
        assertThat(stored()).extracting(OpinionListItem::content)
                .containsExactly("Đề nghị đầu tư giao thông vùng ĐBSCL và tuyến đi Thủ Đức, đường liên xã");
    }

    @Test
    void aStrayQuoteInsideACellIsKeptAsTypedAndDoesNotSwallowTheFollowingRows() throws IOException {
        // Regression: the hand-written reader opened a quoted field at the stray quote and took every
        // following row into that one cell, silently.
        String csv = "Thôn,Nội dung\n"
                + "Thôn Đồng Tâm,Đường 5\" hỏng nhiều chỗ\n"
                + "Thôn Hợp Nhất,Đề nghị lắp đèn đường\n"
                + "Thôn Tân Lập,Đề nghị nạo vét kênh\n";
        Path file = csvFile("ngoac-kep.csv", csv);

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(problems(preview)).isEmpty();
        assertThat(preview.rows()).extracting(OpinionImportRow::row, OpinionImportRow::content).containsExactly(
                tuple(2, "Đường 5\" hỏng nhiều chỗ"), tuple(3, "Đề nghị lắp đèn đường"),
                tuple(4, "Đề nghị nạo vét kênh"));
        assertThat(service.importFile(file, round.id(), false).count()).isEqualTo(3);
        assertThat(stored()).extracting(OpinionListItem::hamletName)
                .containsExactlyInAnyOrder("Thôn Đồng Tâm", "Thôn Hợp Nhất", "Thôn Tân Lập");
    }

    @Test
    void aQuoteThatOpensACellAndNeverClosesRefusesTheFileWithItsRowAndImportsNothing() throws IOException {
        String csv = "\uFEFFThôn;Nội dung\r\n"
                + "Thôn Đồng Tâm;Đề nghị sửa cầu\r\n"
                + "Thôn Hợp Nhất;\"Đường 5 hỏng\r\n"
                + "Thôn Tân Lập;Đề nghị nạo vét kênh\r\n";
        Path file = csvFile("hong.csv", csv);

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(preview.importable()).isFalse();
        assertThat(problems(preview)).singleElement().asString()
                .startsWith("3\tTệp hong.csv hỏng ở dòng 3: một ô mở dấu ngoặc kép (\") mà không đóng");
        OpinionImportResult result = service.importFile(file, round.id(), false);
        assertThat(result.imported()).isFalse();
        assertThat(stored()).isEmpty();

        String trailing = "Thôn,Nội dung\nThôn Đồng Tâm,\"Đường 5\" hỏng\nThôn Tân Lập,Đề nghị\n";
        Path afterClosing = csvFile("sau-ngoac.csv", trailing);
        assertThat(problems(service.preview(afterClosing, round.id()))).singleElement().asString()
                .startsWith("2\tTệp sau-ngoac.csv hỏng ở dòng 2");
        assertThat(service.importFile(afterClosing, round.id(), false).imported()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsListedWithItsReason() throws IOException {
        Path file = OpinionImportFixtures.workbook(folder, "sai.xlsx", "Ý kiến", HEADER,
                row(null, "Thôn Đồng Tâm", "Đề nghị làm đường", "Giao thông", "Xã", null),
                row(null, "Thôn Không Có", "Đề nghị lắp đèn", null, null, null),
                row(null, OpinionImportFixtures.WITHOUT_MEETING, "Đề nghị sửa trường", null, null, null),
                row(null, "Thôn Tân Lập", "Đề nghị xây sân bóng", "Thể thao", null, null),
                row(null, "Thôn Tân Lập", "Đề nghị sửa chợ", null, "Huyện", null),
                row(null, "Thôn Tân Lập", "", "Kinh tế", null, null),
                row(null, "Th«n §ång T©m", "§Ò nghÞ söa ®−êng", null, null, null),
                row("A-1", "Thôn Phú Thọ", "Đề nghị một", null, null, null),
                row("a-1", "Thôn Phú Thọ", "Đề nghị hai", null, null, null));

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(preview.importable()).isFalse();
        assertThat(problems(preview)).containsExactly(
                "3\tKhông có thôn, xóm “Thôn Không Có” trong sổ đăng ký. Hãy sửa tên cho đúng như trong sổ đăng ký.",
                "4\tBản Nà Hin chưa có hội nghị nào trong đợt tiếp xúc này. Hãy thêm hội nghị cho Bản Nà Hin trước,"
                        + " hoặc chọn đúng đợt.",
                "5\tLĩnh vực “Thể thao” không có trong danh sách. Hãy ghi một trong: " + fieldList() + ".",
                "6\tThẩm quyền “Huyện” không rõ. Hãy ghi Thôn, Xã, Tỉnh, Trung ương hoặc Cơ quan khác.",
                "7\tThiếu nội dung ý kiến. Hãy điền cột “Nội dung” hoặc xóa dòng này.",
                "8\tChữ “Th«n §ång T©m” được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI), không phải Unicode. Hãy chuyển"
                        + " cả tệp sang Unicode (vd. bằng công cụ chuyển mã của Unikey) rồi nhập lại.",
                "10\tMã “a-1” đã dùng ở dòng 9 của tệp. Mỗi ý kiến một mã; hãy sửa mã hoặc để trống để chương trình"
                        + " tự đánh mã.");
        assertThat(preview.rows().get(0).ok()).isTrue();

        OpinionImportResult result = service.importFile(file, round.id(), false);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).hasSize(7);
        assertThat(result.summary(TestContexts.VI)).startsWith("Chưa nhập gì: tệp có 7 chỗ cần sửa.");
        assertThat(stored()).as("nothing of the good rows either").isEmpty();
    }

    private String fieldList() {
        return String.join(", ", context.opinions().fields().stream().map(f -> f.name()).toList());
    }

    @Test
    void givenCodesAreKeptAndACodeAlreadyInTheDataIsRefused() throws IOException {
        Path first = OpinionImportFixtures.workbook(folder, "dot1.xlsx", "Sheet1", HEADER,
                row("DT-07", "Thôn Đồng Tâm", "Đề nghị nạo vét kênh", null, null, null),
                row(null, "Thôn Hợp Nhất", "Đề nghị sửa loa truyền thanh", null, null, null));
        assertThat(service.importFile(first, round.id(), false).count()).isEqualTo(2);
        assertThat(stored()).extracting(OpinionListItem::code).containsExactlyInAnyOrder("DT-07", "YK" + round.id() + "-002");

        Path second = OpinionImportFixtures.workbook(folder, "dot2.xlsx", "Sheet1", HEADER,
                row(null, "Thôn Tân Lập", "Đề nghị mới", null, null, null),
                row("DT-07", "Thôn Đồng Tâm", "Đề nghị nạo vét kênh lần nữa", null, null, null));
        OpinionImportResult again = service.importFile(second, round.id(), false);

        assertThat(again.imported()).isFalse();
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.reason(TestContexts.VI)).startsWith("Mã “DT-07” đã có trong dữ liệu.");
        });
        assertThat(stored()).hasSize(2);
    }

    @Test
    void namesAreDroppedWithoutTheVotersConsentAndKeptWithIt() throws IOException {
        Path file = OpinionImportFixtures.workbook(folder, "ten.xlsx", "Ý kiến", HEADER,
                row(null, "Thôn Đồng Tâm", "Đề nghị sửa đường", null, null, "Ông Bạch Văn Tiếu"),
                row(null, "Thôn Hợp Nhất", "Đề nghị lắp đèn", null, null, null));
        OpinionImportPreview preview = service.preview(file, round.id());
        assertThat(preview.namedRows()).isEqualTo(1);
        assertThat(preview.summary(TestContexts.VI)).contains("1 dòng có ghi tên người nêu");

        OpinionImportResult without = service.importFile(file, round.id(), false);
        assertThat(without.namesDropped()).isEqualTo(1);
        assertThat(without.summary(TestContexts.VI)).contains("không ghi tên");
        assertThat(allOpinions()).extracting(Opinion::speakerName).containsOnlyNulls();

        OpinionImportResult with = service.importFile(file, round.id(), true);
        assertThat(with.namesKept()).isEqualTo(1);
        assertThat(allOpinions()).filteredOn(o -> o.speakerName() != null).singleElement()
                .satisfies(o -> {
                    assertThat(o.speakerName()).isEqualTo("Ông Bạch Văn Tiếu");
                    assertThat(o.speakerConsent()).isTrue();
                });
    }

    private List<Opinion> allOpinions() {
        return context.meetings().list(round.id()).stream()
                .flatMap(m -> context.opinions().listByMeeting(m.id()).stream()).toList();
    }

    @Test
    void aHamletWithSeveralMeetingsInTheRoundJoinsTheEarliest() throws IOException {
        ContactRound other = context.rounds().create(new org.cutri.round.RoundDraft(null,
                org.cutri.round.RoundKind.THEMATIC, "Tiếp xúc chuyên đề đất đai", null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 20), null, null, null, null));
        var hamlet = OpinionImportFixtures.hamlet(context, "Thôn Đồng Tâm");
        int later = OpinionImportFixtures.meeting(context, other, hamlet, LocalDate.of(2026, 12, 19));
        int earlier = OpinionImportFixtures.meeting(context, other, hamlet, LocalDate.of(2026, 12, 2));
        Path file = OpinionImportFixtures.workbook(folder, "a.xlsx", "Ý kiến", HEADER,
                row(null, "thon dong tam", "Đề nghị sửa đường", null, null, null));

        service.importFile(file, other.id(), false);

        assertThat(context.opinions().listByMeeting(earlier)).extracting(Opinion::content)
                .containsExactly("Đề nghị sửa đường");
        assertThat(context.opinions().listByMeeting(later)).isEmpty();
    }

    @Test
    void aDamagedFileOrAMissingColumnIsAProblemOfTheWholeFile() throws IOException {
        Path damaged = Files.writeString(folder.resolve("hong.xlsx"), "không phải Excel");
        assertThat(problems(service.preview(damaged, round.id()))).singleElement().asString()
                .startsWith("-\tKhông đọc được tệp hong.xlsx");

        Path noContent = OpinionImportFixtures.workbook(folder, "thieu.xlsx", "Ý kiến",
                row("STT", "Thôn", "Ghi chú"), row("1", "Thôn Đồng Tâm", "x"));
        assertThat(problems(service.preview(noContent, round.id())))
                .containsExactly("1\tThiếu cột “Nội dung”. Hãy thêm cột có tiêu đề “Nội dung” vào dòng tiêu đề.");

        Path ansi = Files.write(folder.resolve("ansi.csv"),
                "Thôn,Nội dung\nThôn Đồng Tâm,Đề nghị\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertThat(problems(service.preview(ansi, round.id()))).singleElement().asString()
                .contains("bảng mã cũ");
        Path latin = Files.write(folder.resolve("latin.csv"),
                "Thôn,Nội dung\nCafé,Crème\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(service.preview(latin, round.id()))).singleElement().asString()
                .contains("không phải CSV UTF-8");
        assertThat(stored()).isEmpty();
    }
}
