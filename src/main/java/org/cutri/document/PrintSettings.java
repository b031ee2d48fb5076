package org.cutri.document;

import java.util.List;

/**
 * What the user chose in the print dialog, as plain data for the worker that sends the pages to the printer.
 *
 * @param printer the printer's name as the system lists it
 * @param pageRanges the pages to print as {first, last} pairs (1 is the first page); empty: all pages
 * @param sides how the sheets are printed
 */
public record PrintSettings(String printer, int copies, boolean collate, List<int[]> pageRanges, Sides sides) {

    /** One side of the sheet, or both (turned along the long or the short edge). */
    public enum Sides { ONE_SIDED, LONG_EDGE, SHORT_EDGE }

    public PrintSettings {
        copies = Math.max(1, copies);
        pageRanges = pageRanges == null ? List.of() : pageRanges.stream().map(int[]::clone).toList();
    }
}
