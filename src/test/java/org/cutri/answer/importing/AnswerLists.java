package org.cutri.answer.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Agencies' answer lists written as real files, as Excel and a CSV export would write them. */
public final class AnswerLists {

    public static final String[] HEADER = {"Mã", "Cơ quan trả lời", "Số văn bản", "Ngày", "Nội dung trả lời"};
    public static final String[] HEADER_WITH_CONTENT = {"Mã", "Cơ quan trả lời", "Số văn bản", "Ngày",
        "Nội dung trả lời", "Nội dung ý kiến"};

    private AnswerLists() {
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    /** An .xlsx with one sheet "Trả lời"; a {@link LocalDate} becomes an Excel date cell (built-in short date). */
    public static Path workbook(Path folder, String name, Object[]... rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Trả lời");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        var cell = row.createCell(c);
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /** A CSV in UTF-8 with its byte order mark, semicolons between fields, every field quoted. */
    public static Path csv(Path folder, String name, Object[]... rows) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                text.append(c == 0 ? "" : ";").append('"')
                        .append(row[c] == null ? "" : row[c].toString().replace("\"", "\"\"")).append('"');
            }
            text.append("\r\n");
        }
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
