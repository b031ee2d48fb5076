package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.conference.CommendationDraft;
import org.cutri.conference.CommendationKind;
import org.cutri.conference.Conference;
import org.cutri.conference.ConferenceDraft;
import org.cutri.conference.ConferenceKind;
import org.cutri.conference.ConferenceStatus;
import org.cutri.conference.ItemDraft;
import org.cutri.conference.ParticipantCategory;
import org.cutri.conference.ParticipantDraft;
import org.cutri.conference.VenueMode;
import org.cutri.document.WorkbookTitle;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conferences}, {@code conference --document …} and {@code conference issue-invitations}, in-process. */
class ConferenceCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path folder;

    private Conference conference;

    @BeforeEach
    void oneConference() {
        try (AppContext context = TestContexts.open(data)) {
            var conferences = context.conferences();
            conferences.create(new ConferenceDraft(ConferenceKind.OTHER, "Hội nghị sơ kết quý II",
                    LocalDate.of(2026, 6, 20), null, null, VenueMode.IN_PERSON, "Phòng họp Ủy ban MTTQ xã", List.of(),
                    ConferenceStatus.HELD, null));
            conference = conferences.create(new ConferenceDraft(ConferenceKind.SUMMARY, "Hội nghị tổng kết công tác"
                    + " bầu cử", LocalDate.of(2026, 7, 9), LocalTime.of(8, 0), null, VenueMode.BOTH,
                    "Hội trường UBND xã", List.of("Nhà văn hóa thôn Đông"), ConferenceStatus.PLANNED, null));
            conferences.addItem(conference.id(), new ItemDraft(LocalTime.of(8, 0), "Khai mạc hội nghị", null));
            conferences.addParticipant(conference.id(), new ParticipantDraft(ParticipantCategory.PARTY,
                    "Phạm Thị Hoa", "Phó Bí thư Đảng ủy", null, true, null, null));
            conferences.addCommendation(conference.id(), new CommendationDraft(CommendationKind.INDIVIDUAL,
                    "Trần Văn Bình", null, "Giấy khen", null));
        }
    }

    @Test
    void conferencesListsIdDateTitleAndVenueLatestFirst() {
        Result result = run("conferences");
        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).containsExactly(
                conference.id() + "\t09/07/2026\tHội nghị tổng kết công tác bầu cử\tHội trường UBND xã (+ 1 điểm cầu)",
                (conference.id() - 1) + "\t20/06/2026\tHội nghị sơ kết quý II\tPhòng họp Ủy ban MTTQ xã");
    }

    @Test
    void theDocumentsAreWrittenAndTheInvitationsNumberedOnlyByIssueInvitations() throws Exception {
        Path programme = folder.resolve("chuong trinh.docx");
        Result written = run("conference", "--id", String.valueOf(conference.id()), "--out", programme.toString());
        assertThat(written.exit).as(written.err).isZero();
        assertThat(written.out.strip()).isEqualTo("Đã ghi " + programme.toAbsolutePath() + ".");
        assertThat(docxText(programme)).contains("CHƯƠNG TRÌNH", "Khai mạc hội nghị");

        Path draft = folder.resolve("giay-moi.docx");
        assertThat(run("conference", "--id", String.valueOf(conference.id()), "--out", draft.toString(),
                "--document", "invitations").exit).isZero();
        assertThat(docxText(draft)).contains("GIẤY MỜI", "Số:      /GM-MTTQ-BTT", "Phạm Thị Hoa");

        Result issued = run("conference", "issue-invitations", "--id", String.valueOf(conference.id()));
        assertThat(issued.exit).as(issued.err).isZero();
        assertThat(issued.out.strip()).isEqualTo("01/GM-MTTQ-BTT\tPhạm Thị Hoa - Phó Bí thư Đảng ủy");
        assertThat(run("documents", "--year", String.valueOf(LocalDate.now().getYear())).out)
                .contains("01/GM-MTTQ-BTT");
        assertThat(run("conference", "--id", String.valueOf(conference.id()), "--out", draft.toString(),
                "--document", "invitations").exit).isZero();
        assertThat(docxText(draft)).contains("Số: 01/GM-MTTQ-BTT");

        Path xlsx = folder.resolve("khen-thuong.xlsx");
        assertThat(run("conference", "--id", String.valueOf(conference.id()), "--out", xlsx.toString(),
                "--document", "commendations").exit).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(WorkbookTitle.ROWS + 3).getCell(1).getStringCellValue())
                    .isEqualTo("Trần Văn Bình");
        }
        Path attendance = folder.resolve("diem-danh.pdf");
        assertThat(run("conference", "--id", String.valueOf(conference.id()), "--out", attendance.toString(),
                "--document", "attendance").exit).isZero();
        assertThat(attendance).isNotEmptyFile();
    }

    @Test
    void badInputIsOneVietnameseLineNonZeroAndNothingChanges() {
        Path out = folder.resolve("a.docx");
        Result unknown = run("conference", "--id", "999", "--out", out.toString());
        assertThat(unknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unknown.err.strip()).isEqualTo("Không có hội nghị số 999. Hãy xem danh sách bằng lệnh"
                + " \"conferences\".");

        Result kind = run("conference", "--id", String.valueOf(conference.id()), "--out", out.toString(),
                "--document", "minutes");
        assertThat(kind.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(kind.err.strip().lines()).hasSize(1);
        assertThat(kind.err).contains("programme, invitations").doesNotContain("Exception");

        Result xlsx = run("conference", "--id", String.valueOf(conference.id()), "--out",
                folder.resolve("b.xlsx").toString());
        assertThat(xlsx.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(xlsx.err.strip().lines()).hasSize(1);

        Result missing = run("conference", "--id", String.valueOf(conference.id()));
        assertThat(missing.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(missing.err.strip()).contains("--out");

        Result issueUnknown = run("conference", "issue-invitations", "--id", "999");
        assertThat(issueUnknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(issueUnknown.err.strip().lines()).hasSize(1);
        assertThat(folder).isEmptyDirectory();
        assertThat(run("documents").out).isEmpty();
    }

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            return text.getText();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
