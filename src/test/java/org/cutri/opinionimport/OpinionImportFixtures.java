package org.cutri.opinionimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;

/** The register of the office's example, a round with meetings for its hamlets, and opinion files. */
final class OpinionImportFixtures {

    /** The hamlet of the example register left without a meeting in the round. */
    static final String WITHOUT_MEETING = "Bản Nà Hin";

    private OpinionImportFixtures() {
    }

    /**
     * Imports the example register and creates a round with one meeting per hamlet (December 1, 2, …),
     * except {@link #WITHOUT_MEETING}.
     */
    static ContactRound roundWithMeetings(AppContext context, Path folder) throws IOException {
        Path register = copy(folder, "/register/so-dang-ky.xlsx", "so-dang-ky.xlsx");
        if (!context.registerImport().importFile(register).imported()) {
            throw new IllegalStateException("The example register did not import");
        }
        ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ 3", LocalDate.of(2026, 11, 25), null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 21), null, null, null));
        int day = 1;
        for (Hamlet hamlet : context.hamlets().list()) {
            if (hamlet.name().equals(WITHOUT_MEETING)) {
                continue;
            }
            meeting(context, round, hamlet, LocalDate.of(2026, 12, day++));
        }
        return round;
    }

    static int meeting(AppContext context, ContactRound round, Hamlet hamlet, LocalDate day) {
        return context.meetings().create(new MeetingDraft(round.id(), day, LocalTime.of(8, 0), LocalTime.of(10, 0),
                "Nhà văn hóa", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED, List.of(hamlet.id()), List.of()))
                .id();
    }

    static Hamlet hamlet(AppContext context, String name) {
        return context.hamlets().list().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    static Path copy(Path folder, String resource, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        try (InputStream in = OpinionImportFixtures.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The hamlets' example opinions, written by LibreOffice: five rows, no codes, no names. */
    static Path example(Path folder) throws IOException {
        return copy(folder, "/opinions/y-kien-thon.xlsx", "y-kien-thon.xlsx");
    }

    /** Writes a one-sheet workbook; the first row is the header. */
    static Path workbook(Path folder, String fileName, String sheetName, String[]... rows) throws IOException {
        Path file = folder.resolve(fileName);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    static String[] row(String... cells) {
        return cells;
    }
}
