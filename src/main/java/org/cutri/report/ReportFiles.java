package org.cutri.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a compiled report as Word (.docx), Excel (.xlsx) or PDF (.pdf) by the file's extension, written
 * under a temporary name and moved into place only when complete (as {@link DocumentFiles} does).
 */
public final class ReportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFiles.class);

    /** The three kinds of file a report can be saved as. */
    public enum Format {
        DOCX, XLSX, PDF
    }

    private final ReportService reports;

    public ReportFiles(ReportService reports) {
        this.reports = reports;
    }

    /** The format the file name asks for; a user error for any other extension. */
    public static Format formatOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Format format : Format.values()) {
            String extension = "." + format.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return format;
            }
        }
        throw new UserException("report.save.unknownType", name);
    }

    /** Writes the report (its model and its document) to {@code target}. */
    public static void save(CompiledReport report, OfficialDocument document, Path target) {
        Format format = formatOf(target);
        if (format != Format.XLSX) {
            DocumentFiles.save(document, target);
            return;
        }
        save(report, target, Files::newOutputStream);
    }

    /** The workbook, its bytes going through {@code opener} (tests give a disk that fills up). */
    static void save(CompiledReport report, Path target, DocumentFiles.StreamOpener opener) {
        DocumentFiles.writeSafely(target, out -> ReportWorkbook.write(report, out), opener);
        LOG.info("Saved the report workbook to {}", target.toAbsolutePath().normalize());
    }

    /** Compiles a commune's round and saves it by the file's extension. */
    public void save(int roundId, boolean withNames, Path target, LocalDate today) {
        formatOf(target);
        CompiledReport report = reports.compile(roundId, withNames);
        ReportIssue issue = reports.issue(roundId, today);
        save(report, ReportDocument.build(report, reports.profile(), issue.number(), issue.issuedOn()), target);
    }

    /**
     * The round's report as .docx, .xlsx and .pdf in a new temporary folder, without names, for the package
     * the commune sends to the province. The caller deletes the folder when done.
     */
    public List<Path> forPackage(int roundId) {
        try {
            Path folder = Files.createTempDirectory("cutri-report-");
            CompiledReport report = reports.compile(roundId, false);
            ReportIssue issue = reports.issue(roundId, LocalDate.now());
            OfficialDocument document = ReportDocument.build(report, reports.profile(), issue.number(),
                    issue.issuedOn());
            String base = "bao-cao-tong-hop-dot-" + roundId;
            List<Path> files = List.of(folder.resolve(base + ".docx"), folder.resolve(base + ".xlsx"),
                    folder.resolve(base + ".pdf"));
            for (Path file : files) {
                save(report, document, file);
            }
            return files;
        } catch (IOException e) {
            throw new UserException(e, "document.save.failed", "tmp", String.valueOf(e.getMessage()));
        }
    }
}
