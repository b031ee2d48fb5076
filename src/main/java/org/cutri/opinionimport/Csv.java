package org.cutri.opinionimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cutri.common.UserException;
import org.cutri.register.LegacyEncoding;

/**
 * Reads the CSV files spreadsheets save, with Apache Commons CSV in its strict RFC 4180 reading: fields
 * separated by comma, semicolon or tab (whichever the first line uses most); a field in double quotes may
 * hold separators and line breaks, a doubled quote inside quotes is one quote; a quote inside an
 * unquoted field is an ordinary character, as in Excel. A quoted field that never closes, or text right
 * after a closing quote, makes the file {@link Malformed}: nothing is guessed. Other imports (the agencies'
 * answers) read their CSV files here too.
 */
public final class Csv {

    /** The file breaks the CSV rules in the record that starts at {@code row} (1 = first record). */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int row;

        Malformed(int row, Throwable cause) {
            super("Malformed CSV in record " + row, cause);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    private Csv() {
    }

    /**
     * The text of a CSV file: UTF-8 with or without its byte order mark (or UTF-16 with it), at most {@code maxBytes} long.
     *
     * @throws UserException {@code register.workbook.tooLarge} when larger, {@code opinionimport.file.csvLegacy} when
     *     typed in an old Vietnamese encoding (TCVN3, VNI, Windows 1258), {@code opinionimport.file.csvNotUtf8} when
     *     in another encoding, {@code opinionimport.file.notText} when it is no text at all (UTF-16 with its byte
     *     order mark is read)
     */
    public static String text(Path file, String name, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UserException("register.workbook.tooLarge", name, String.format(Locale.ROOT, "%.1f", size / 1048576.0)
                    .replace('.', ','), maxBytes / 1048576);
        }
        byte[] bytes = Files.readAllBytes(file);
        // Excel's "Unicode Text" and some systems write UTF-16 with its byte order mark: readable text.
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            try {
                return StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new UserException("opinionimport.file.notText", name);
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8 and with a zero byte, which no text in a code page has: a picture, a PDF or a damaged file.
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UserException("opinionimport.file.notText", name);
                }
            }
            // Not UTF-8: an "ANSI" CSV, often Vietnamese typed in TCVN3 or VNI with the old fonts.
            String latin = new String(bytes, Charset.forName("windows-1252"));
            // Ð/ð in a file that is not UTF-8 are the Đ/đ of Windows' own Vietnamese code page (1258).
            if (LegacyEncoding.detect(latin).isPresent() || latin.indexOf('\u00D0') >= 0 || latin.indexOf('\u00F0') >= 0) {
                throw new UserException("opinionimport.file.csvLegacy", name);
            }
            throw new UserException("opinionimport.file.csvNotUtf8", name);
        }
    }

    /** Hands each record of the text to {@code records} in order, as it is read. */
    public static void parse(String text, Consumer<List<String>> records) throws Malformed {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator(text))
                // An empty line is a row of the spreadsheet too: keeps the row numbers as Excel shows them.
                .setIgnoreEmptyLines(false)
                .setLenientEof(false)
                .setTrailingData(false)
                .get();
        int read = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                read++;
                records.accept(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Malformed(read + 1, e);
        }
    }

    /** The separator the first line uses most, outside quotes; comma when none. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
