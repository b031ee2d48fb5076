package org.cutri.register;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads .xlsx workbooks with bounded memory, whatever they hold (docs/decisions/0022-hostile-workbooks-and-text.md).
 * {@link #check} first inflates every part of the file once, counting, and refuses a file larger than its
 * {@link Limits} (file size, parts, inflated size of each part and of the shared strings, number of parts
 * and so of sheets) before anything is parsed; {@link #readSheet} then streams one sheet's rows with SAX
 * (never the whole sheet in memory) and refuses a cell longer than Excel itself allows. A formula cell is
 * handed over with its cached text and marked, so the caller can tell the user.
 */
public final class WorkbookFile {

    /** Excel's own limit of characters in a cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    private static final long MB = 1024L * 1024L;

    /**
     * What a workbook may hold.
     *
     * @param maxFileBytes the file itself
     * @param maxSheetBytes one worksheet part, inflated (streamed, never held)
     * @param maxSharedStringBytes the shared strings part, inflated (held in memory while reading)
     * @param maxOtherPartBytes any other part (workbook, styles, …), inflated (held in memory)
     * @param maxTotalBytes all parts together, inflated
     * @param maxParts entries of the zip (each sheet is one)
     */
    public record Limits(long maxFileBytes, long maxSheetBytes, long maxSharedStringBytes, long maxOtherPartBytes,
            long maxTotalBytes, int maxParts) {
    }

    /** The opinion files of a commune: up to 100,000 rows fit well within these. */
    public static final Limits OPINIONS = new Limits(50 * MB, 512 * MB, 64 * MB, 16 * MB, 1024 * MB, 1000);
    /** The register: hamlets and deputies, hundreds of rows; read whole into memory, so smaller. */
    public static final Limits REGISTER = new Limits(10 * MB, 8 * MB, 4 * MB, 4 * MB, 16 * MB, 500);

    /** One cell as Excel shows it (cached text of a formula), with its column (0 = A). */
    public record CellText(int column, String text, boolean formula, String formulaText) {
        /** "C5": where the cell is, as Excel names it. */
        public String reference(int excelRow) {
            return CellReference.convertNumToColString(column) + excelRow;
        }
    }

    /** Receives the rows of a sheet in order; may stop the reading by throwing a {@link UserException}. */
    @FunctionalInterface
    public interface RowConsumer {
        void row(int excelRow, List<CellText> cells);
    }

    private WorkbookFile() {
    }

    /**
     * Inflates every part once, counting, and returns the inflated size of each (by name).
     *
     * @throws UserException {@code register.workbook.tooLarge}, {@code register.workbook.partTooLarge}, {@code register.workbook.tooManyParts}
     *     or {@code register.workbook.tooMuchText} when a limit is passed
     * @throws IOException when the file cannot be read as a zip at all
     */
    public static Map<String, Long> check(Path file, String name, Limits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new UserException("register.workbook.tooLarge", name, megabytes(size), limits.maxFileBytes() / MB);
        }
        Map<String, Long> sizes = new HashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxParts()) {
                throw new UserException("register.workbook.tooManyParts", name, limits.maxParts());
            }
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long limit = limitOf(entry.getName(), limits);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        inflated += read;
                        if (inflated > limit) {
                            throw new UserException(limit == limits.maxSharedStringBytes() && isSharedStrings(entry.getName())
                                    ? "register.workbook.tooMuchText" : "register.workbook.partTooLarge", name, limit / MB);
                        }
                        if (total + inflated > limits.maxTotalBytes()) {
                            throw new UserException("register.workbook.partTooLarge", name, limits.maxTotalBytes() / MB);
                        }
                    }
                }
                total += inflated;
                sizes.put(entry.getName(), inflated);
            }
        }
        return sizes;
    }

    private static long limitOf(String entry, Limits limits) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.startsWith("xl/worksheets/") && lower.endsWith(".xml")) {
            return limits.maxSheetBytes();
        }
        if (isSharedStrings(entry)) {
            return limits.maxSharedStringBytes();
        }
        return limits.maxOtherPartBytes();
    }

    private static boolean isSharedStrings(String entry) {
        return entry.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) MB).replace('.', ',');
    }

    /**
     * Streams the rows of the first sheet whose name {@code wanted} accepts (the first sheet when none does),
     * after {@link #check}. Returns the name of the sheet read; progress goes to {@code monitor} (bytes of the
     * sheet read of its size).
     */
    public static String readSheet(Path file, Map<String, Long> sizes, Predicate<String> wanted, TaskMonitor monitor,
            RowConsumer rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            String chosenPart = null;
            String chosenName = null;
            String firstPart = null;
            String firstName = null;
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    String part = sheets.getSheetPart().getPartName().getName();
                    if (firstPart == null) {
                        firstPart = part;
                        firstName = sheets.getSheetName();
                    }
                    if (chosenPart == null && wanted.test(sheets.getSheetName())) {
                        chosenPart = part;
                        chosenName = sheets.getSheetName();
                    }
                }
            }
            if (chosenPart == null) {
                chosenPart = firstPart;
                chosenName = firstName;
            }
            if (chosenPart == null) {
                return null;
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            String entry = chosenPart.startsWith("/") ? chosenPart.substring(1) : chosenPart;
            long total = sizes.getOrDefault(entry, -1L);
            try (InputStream sheet = new Counting(pkg.getPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(chosenPart)).getInputStream(),
                    total, monitor)) {
                RowCollector collector = new RowCollector(rows);
                XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new DayMonthYear(), false);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new Watch(handler, collector));
                xml.parse(new InputSource(sheet));
            }
            return chosenName;
        } catch (SAXException e) {
            UserException user = UserException.find(e);
            if (user != null) {
                throw user;
            }
            Throwable cause = e.getException() != null ? e.getException() : e;
            throw new IOException(cause);
        } catch (OpenXML4JException | ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /**
     * Shows cells as Excel does, except a date without a time, which reads as Vietnamese offices write dates
     * (dd/MM/yyyy) rather than in Excel's built-in American short date ("9/5/26" for 5 September 2026).
     */
    private static final class DayMonthYear extends DataFormatter {
        DayMonthYear() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                    && !hasTime(formatString)) {
                return DateText.format(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        private static boolean hasTime(String format) {
            String plain = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
            return plain.indexOf('h') >= 0 || plain.indexOf('s') >= 0;
        }
    }

    /** Builds each row's cells from the handler's callbacks; the formula marks come from {@link Watch}. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowConsumer rows;
        private final List<CellText> cells = new ArrayList<>();
        private int column;
        private boolean formula;
        private final StringBuilder formulaText = new StringBuilder();
        private boolean delivered;

        RowCollector(RowConsumer rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int at = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            cells.add(new CellText(at, formattedValue == null ? "" : formattedValue, formula, formulaText.toString()));
            delivered = true;
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // not read
        }

        void startCell(String reference) {
            column = reference == null ? cells.size() : new CellReference(reference).getCol();
            formula = false;
            formulaText.setLength(0);
            delivered = false;
        }

        /** A formula without a cached value still shows, as an empty marked cell. */
        void endCell() {
            if (formula && !delivered) {
                cells.add(new CellText(column, "", true, formulaText.toString()));
            }
            formula = false;
        }
    }

    /**
     * Passes the sheet's XML to POI's handler, noting formula cells and refusing a cell whose text is longer
     * than Excel allows before POI's handler gathers it.
     */
    private static final class Watch extends DefaultHandler {
        private final DefaultHandler inner;
        private final RowCollector collector;
        private boolean inFormula;
        private long cellChars;
        private String reference;

        Watch(DefaultHandler inner, RowCollector collector) {
            this.inner = inner;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("c")) {
                reference = attributes.getValue("r");
                cellChars = 0;
                collector.startCell(reference);
            } else if (name.equals("f")) {
                inFormula = true;
                collector.formula = true;
            }
            inner.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            inner.endElement(uri, localName, qName);
            if (name.equals("f")) {
                inFormula = false;
            } else if (name.equals("c")) {
                collector.endCell();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inFormula) {
                cellChars += length;
            }
            if (cellChars > MAX_CELL_CHARS) {
                throw new SAXException(new UserException("register.workbook.cellTooLong", reference == null ? "?" : reference,
                        MAX_CELL_CHARS));
            }
            if (inFormula && collector.formulaText.length() < 200) {
                collector.formulaText.append(ch, start, Math.min(length, 200 - collector.formulaText.length()));
            }
            inner.characters(ch, start, length);
        }
    }

    /** Counts the bytes read and reports them as progress. */
    private static final class Counting extends FilterInputStream {
        private final long total;
        private final TaskMonitor monitor;
        private long read;
        private long reported;

        Counting(InputStream in, long total, TaskMonitor monitor) {
            super(in);
            this.total = total;
            this.monitor = monitor;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            if (read - reported >= 256 * 1024) {
                reported = read;
                monitor.checkCancelled();
                monitor.progress(read, total);
            }
        }
    }
}
