package org.cutri.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.io.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves an {@link OfficialDocument} to a file: Word (.docx) or PDF (.pdf) by the file's extension. The file
 * is written beside the target under a temporary name and moved into place only when complete, so a
 * failure (full disk, file open in Word) never leaves a half-written document under the chosen name.
 * Used by the preview window and by the command line.
 */
public final class DocumentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFiles.class);

    /** The two kinds of file a document can be saved as. */
    public enum Format {
        DOCX("docx"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private DocumentFiles() {
    }

    /** The format the file name asks for; a user error for any other extension. */
    public static Format formatOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Format format : Format.values()) {
            if (lower.endsWith("." + format.extension()) && lower.length() > format.extension().length() + 1) {
                return format;
            }
        }
        throw new UserException("document.save.unknownType", name);
    }

    /** Writes the document to {@code target}, replacing a file of that name only once the new one is complete. */
    public static void save(OfficialDocument document, Path target) {
        save(document, target, TaskMonitor.NONE);
    }

    /**
     * As {@link #save(OfficialDocument, Path)}, reporting progress and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled: the half-written
     * temporary file is removed and a file already under that name stays as it was.
     */
    public static void save(OfficialDocument document, Path target, TaskMonitor monitor) {
        save(document, target, monitor, Files::newOutputStream);
    }

    /** The same, with the file's bytes going through {@code opener} (tests give a disk that fills up). */
    static void save(OfficialDocument document, Path target, StreamOpener opener) {
        save(document, target, TaskMonitor.NONE, opener);
    }

    private static void save(OfficialDocument document, Path target, TaskMonitor monitor, StreamOpener opener) {
        Format format = formatOf(target);
        writeSafely(target, out -> {
            if (format == Format.DOCX) {
                DocxWriter.write(document, out, monitor);
            } else {
                PdfWriter.write(document, out, monitor);
            }
        }, opener);
        LOG.info("Saved {} to {}", document.type(), target.toAbsolutePath().normalize());
    }

    /**
     * Writes several documents into one file, each from a new page (the invitations of a conference), Word or PDF by
     * the file's extension, as safely as {@link #save(OfficialDocument, Path, TaskMonitor)}.
     */
    public static void saveAll(List<OfficialDocument> documents, Path target, TaskMonitor monitor) {
        Format format = formatOf(target);
        writeSafely(target, out -> {
            if (format == Format.DOCX) {
                DocxWriter.writeAll(documents, out, monitor);
            } else {
                PdfWriter.writeAll(documents, out, monitor);
            }
        }, Files::newOutputStream);
        LOG.info("Saved {} documents to {}", documents.size(), target.toAbsolutePath().normalize());
    }

    /** What fills a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream a file's bytes are written to. */
    @FunctionalInterface
    public interface StreamOpener {
        OutputStream open(Path file) throws IOException;
    }

    /**
     * Writes a file beside {@code target} under a temporary name, forces it to the disk and moves it into place
     * only when complete. A failure (a full disk, the file open in Word) or a stop (any exception, a
     * {@link java.util.concurrent.CancellationException} included) removes the temporary file and leaves the
     * old file, if any, as it was; an input/output failure becomes a message the user can act on
     * ({@code document.save.diskFull}, {@code .locked}, {@code .failed}).
     */
    public static void writeSafely(Path target, Content content, StreamOpener opener) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("document.save.noFolder", String.valueOf(folder));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName() + "-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(opener.open(temporary))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, file);
        } catch (IOException e) {
            throw explain(e, file, folder);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary file {}", temporary, e);
                }
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Turns a failure into a message the user can act on; the details go to the log. */
    private static UserException explain(IOException e, Path file, Path folder) {
        LOG.warn("Could not save {}", file, e);
        if (DiskFull.causedIt(e, folder, DiskFull.SpaceCheck.SYSTEM)) {
            return new UserException(e, "document.save.diskFull", file.getFileName().toString(), folder.toString());
        }
        if (e instanceof AccessDeniedException || e instanceof FileSystemException && Files.isDirectory(file)) {
            return new UserException(e, "document.save.locked", file.getFileName().toString());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(Locale.ROOT).contains("used by another process")) {
            return new UserException(e, "document.save.locked", file.getFileName().toString());
        }
        return new UserException(e, "document.save.failed", file.toString(), String.valueOf(e.getMessage()));
    }

}
