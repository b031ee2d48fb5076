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
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
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
    /** Below this much free space an error while writing is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 4L * 1024 * 1024;

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
        Format format = formatOf(target);
        saveSafely(target, out -> {
            if (format == Format.DOCX) {
                DocxWriter.write(document, out, monitor);
            } else {
                PdfWriter.write(document, out, monitor);
            }
        });
        LOG.info("Saved {} to {}", document.type(), target);
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} beside {@code target} under a temporary name, forces it to the disk and only then
     * moves it into place. If the writing fails or is stopped (any exception, a
     * {@link java.util.concurrent.CancellationException} included) the temporary file is removed and a file
     * already under the target's name is left untouched.
     */
    public static void saveSafely(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("document.save.noFolder", String.valueOf(folder));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName() + "-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
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
        if (diskFull(e, folder)) {
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

    private static boolean diskFull(IOException e, Path folder) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")) {
            return true;
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException ignored) {
            return false;
        }
    }
}
