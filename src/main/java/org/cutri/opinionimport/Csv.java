package org.cutri.opinionimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files spreadsheets save, with Apache Commons CSV in its strict RFC 4180 reading: fields
 * separated by comma, semicolon or tab (whichever the first line uses most); a field in double quotes may
 * hold separators and line breaks, a doubled quote inside quotes is one quote; a quote inside an
 * unquoted field is an ordinary character, as in Excel. A quoted field that never closes, or text right
 * after a closing quote, makes the file {@link Malformed}: nothing is guessed.
 */
final class Csv {

    /** The file breaks the CSV rules in the record that starts at {@code row} (1 = first record). */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int row;

        Malformed(int row, Throwable cause) {
            super("Malformed CSV in record " + row, cause);
            this.row = row;
        }

        int row() {
            return row;
        }
    }

    private Csv() {
    }

    /** Hands each record of the text to {@code records} in order, as it is read. */
    static void parse(String text, Consumer<List<String>> records) throws Malformed {
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
