package org.cutri.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.common.io.ByteSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a package to a USB stick or any folder so that the final name never holds a half-written file:
 * checks the free space, writes {@code <name>.part} with progress, flushes it to the device, renames it
 * atomically, then reads the file back and checks the zip's SHA-256 and every entry's before saying done.
 * A full or removed stick ends in a {@link UserException} saying so, with the {@code .part} file removed.
 */
public class PackageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PackageWriter.class);

    /** Room kept free beyond the package's own size (directory entries, the file system's own blocks). */
    static final long SPACE_MARGIN = 64 * 1024;
    private static final int CHUNK = 64 * 1024;

    /** Told how far writing and checking have gone, in bytes of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** How much a folder can still take. */
    @FunctionalInterface
    public interface SpaceCheck {
        long usableBytes(Path folder) throws IOException;
    }

    /** Where the bytes go: a file channel, or a failing one in tests. */
    public interface Sink extends Closeable {
        void write(ByteBuffer bytes) throws IOException;

        /** Flushes everything written to the device. */
        void force() throws IOException;
    }

    @FunctionalInterface
    public interface SinkOpener {
        Sink open(Path file) throws IOException;
    }

    private final PackageReader reader;
    private final SpaceCheck space;
    private final SinkOpener opener;
    private final org.cutri.audit.AuditLog audit;

    public PackageWriter(PackageReader reader) {
        this(reader, org.cutri.audit.AuditLog.NONE);
    }

    /** Records each package written in the audit trail. */
    public PackageWriter(PackageReader reader, org.cutri.audit.AuditLog audit) {
        this(reader, folder -> Files.getFileStore(folder).getUsableSpace(), PackageWriter::openChannel, audit);
    }

    /** With another space check or sink: tests simulate a full or removed stick. */
    public PackageWriter(PackageReader reader, SpaceCheck space, SinkOpener opener) {
        this(reader, space, opener, org.cutri.audit.AuditLog.NONE);
    }

    private PackageWriter(PackageReader reader, SpaceCheck space, SinkOpener opener, org.cutri.audit.AuditLog audit) {
        this.reader = reader;
        this.space = space;
        this.opener = opener;
        this.audit = audit;
    }

    /** Writes the package into a folder under its own name ("cutri-tan-phuc-5-3.zip"). */
    public Path writeToFolder(ExportedPackage pkg, Path folder, Progress progress) {
        return write(pkg, folder.resolve(pkg.fileName()), progress);
    }

    /**
     * Refuses a package file name that does not end in {@code .zip} (docs/package-format.md): the province
     * looks for .zip files, and a package named {@code x.txt} would be opened as text and damaged.
     */
    public static void requireZipName(Path target) {
        Path name = target.getFileName();
        if (name == null || !name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new UserException("exchange.write.notZip", target);
        }
    }

    /** Writes the package to this file, safely; returns the file once it has been read back and checked. */
    public Path write(ExportedPackage pkg, Path target, Progress progress) {
        PackageManifest manifest = pkg.manifest();
        return write(target, pkg.bytes(), file -> reader.verify(file, pkg.sha256()), progress,
                "xã " + manifest.commune().code() + ", đợt " + manifest.round().id() + ", gói số " + manifest.sequence()
                        + (manifest.withNames() ? ", có tên người nêu" : ", không tên người nêu"));
    }

    /** Writes a return package (answers from the province) to this file, safely, read back and checked. */
    public Path write(ExportedReturn pkg, Path target, Progress progress) {
        ReturnManifest manifest = pkg.manifest();
        return write(target, pkg.bytes(), file -> {
            if (!new ReturnPackageReader().read(file).sha256().equals(pkg.sha256())) {
                throw new UserException("returns.refused.tampered", file.getFileName());
            }
        }, progress, "gói trả lời cho xã " + manifest.commune().code() + ", gói số " + manifest.sequence() + ", "
                + manifest.counts().answers() + " ý kiến");
    }

    /**
     * Writes a zip of the package family to this file, safely (a return package too): returns the file once
     * {@code readBack} has read it back and checked it; the audit row gets {@code description} and the file's path.
     */
    public Path write(Path target, byte[] bytes, java.util.function.Consumer<Path> readBack, Progress progress,
            String description) {
        requireZipName(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("exchange.write.noFolder", folder == null ? absolute : folder);
        }
        long size = bytes.length;
        long total = size * 2;
        checkSpace(folder, size + SPACE_MARGIN);
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (Sink sink = opener.open(part)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long done = 0;
                while (buffer.hasRemaining()) {
                    ByteBuffer chunk = buffer.slice();
                    chunk.limit(Math.min(CHUNK, chunk.remaining()));
                    int length = chunk.remaining();
                    sink.write(chunk);
                    buffer.position(buffer.position() + length);
                    done += length;
                    progress.update(done, total);
                }
                sink.force();
            }
            move(part, absolute);
            syncFolder(folder);
        } catch (IOException e) {
            deleteQuietly(part);
            throw failure(e, folder, size);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
        try {
            readBack.accept(absolute);
        } catch (UserException e) {
            LOG.error("Package {} read back differently from what was written", absolute, e);
            deleteQuietly(absolute);
            throw new UserException(e, "exchange.write.verifyFailed", absolute.getFileName());
        }
        progress.update(total, total);
        LOG.info("Wrote package {} ({} bytes), read back and checked", absolute, size);
        audit.record(org.cutri.audit.AuditAction.PACKAGE_EXPORT, "package", absolute.getFileName(),
                description + ", " + absolute);
        return absolute;
    }

    private void checkSpace(Path folder, long needed) {
        long usable;
        try {
            usable = space.usableBytes(folder);
        } catch (IOException e) {
            LOG.warn("Free space of {} unknown", folder, e);
            return;
        }
        if (usable < needed) {
            throw new UserException("exchange.write.full", ByteSize.needed(needed), ByteSize.left(usable));
        }
    }

    private UserException failure(IOException e, Path folder, long size) {
        LOG.warn("Writing a package into {} failed", folder, e);
        if (!Files.isDirectory(folder)) {
            return new UserException(e, "exchange.write.removed", folder);
        }
        long usable = -1;
        try {
            usable = space.usableBytes(folder);
        } catch (IOException ignored) {
            return new UserException(e, "exchange.write.removed", folder);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (usable < size + SPACE_MARGIN || message.contains("space") || message.contains("disk full")) {
            return new UserException(e, "exchange.write.full", ByteSize.needed(size + SPACE_MARGIN), ByteSize.left(usable));
        }
        return new UserException(e, "exchange.write.failed", folder, String.valueOf(e.getMessage()));
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Folder {} cannot be flushed on this system", folder);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** The sink the program writes through: the file's channel, forced to the device. */
    static Sink openChannel(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        return new Sink() {
            @Override
            public void write(ByteBuffer bytes) throws IOException {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }

            @Override
            public void force() throws IOException {
                channel.force(true);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
