package org.cutri.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
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
        save(report, document, target, TaskMonitor.NONE);
    }

    /**
     * As {@link #save(CompiledReport, OfficialDocument, Path)}, reporting progress and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled. Stopped or failed, it
     * leaves no half-written file: the old file of that name, if any, stays as it was.
     */
    public static void save(CompiledReport report, OfficialDocument document, Path target, TaskMonitor monitor) {
        if (formatOf(target) != Format.XLSX) {
            DocumentFiles.save(document, target, monitor);
            return;
        }
        save(report, document, target, monitor, Files::newOutputStream);
    }

    /** The workbook, its bytes going through {@code opener} (tests give a disk that fills up). */
    static void save(CompiledReport report, Path target, DocumentFiles.StreamOpener opener) {
        save(report, null, target, TaskMonitor.NONE, opener);
    }

    private static void save(CompiledReport report, OfficialDocument document, Path target, TaskMonitor monitor,
            DocumentFiles.StreamOpener opener) {
        DocumentFiles.writeSafely(target, out -> ReportWorkbook.write(report,
                document == null ? null : document.header(), out, monitor), opener);
        LOG.info("Saved the report workbook to {}", target.toAbsolutePath().normalize());
    }

    /** Compiles a commune's round and saves it by the file's extension. */
    public void save(int roundId, boolean withNames, Path target, LocalDate today) {
        formatOf(target);
        PreparedReport prepared = reports.prepare(roundId, withNames, today, TaskMonitor.NONE);
        save(prepared.report(), prepared.document(), target);
    }

    /**
     * The round's report as .docx, .xlsx and .pdf in a new temporary folder, without names, for the package
     * the commune sends to the province. The caller deletes the folder when done.
     */
    public List<Path> forPackage(int roundId) {
        return forPackage(roundId, TaskMonitor.NONE);
    }

    /** As {@link #forPackage(int)}, stopping once the monitor is cancelled (the folder is then removed). */
    public List<Path> forPackage(int roundId, TaskMonitor monitor) {
        try {
            Path folder = Files.createTempDirectory("cutri-report-");
            String base = "bao-cao-tong-hop-dot-" + roundId;
            List<Path> files = List.of(folder.resolve(base + ".docx"), folder.resolve(base + ".xlsx"),
                    folder.resolve(base + ".pdf"));
            try {
                PreparedReport prepared = reports.prepare(roundId, false, LocalDate.now(), monitor.part(0, 0.4));
                for (int i = 0; i < files.size(); i++) {
                    save(prepared.report(), prepared.document(), files.get(i),
                            monitor.part(0.4 + 0.2 * i, 0.6 + 0.2 * i));
                }
            } catch (RuntimeException e) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
                throw e;
            }
            return files;
        } catch (IOException e) {
            throw new UserException(e, "document.save.failed", "tmp", String.valueOf(e.getMessage()));
        }
    }
}
