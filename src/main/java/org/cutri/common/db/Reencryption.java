package org.cutri.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.cutri.common.io.FilePermissions;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts, re-keys or decrypts the closed database file, with nothing lost and no plain copy left behind. The file
 * is copied, block by block through H2's own encrypted file channel, to {@code cutri-new.mv.db}; the copy is read
 * back; only then does it take the real name, in steps that each leave the folder in a state {@link #recover} brings
 * back to a whole database after a crash. The old file, when it was plain, is overwritten with zeros before it is
 * deleted; a failure midway (a full disk) deletes the copy and leaves the old file as it was.
 */
final class Reencryption {

    private static final Logger LOG = LoggerFactory.getLogger(Reencryption.class);

    static final String MADE = "cutri-new" + Database.FILE_SUFFIX;
    static final String OLD = "cutri-old" + Database.FILE_SUFFIX;
    static final String NEW_SALT = Protection.FILE_NAME + ".new";
    private static final int CHUNK = 64 * 1024;

    private Reencryption() {
    }

    /**
     * Replaces the database file of the folder by the same database under the new key ({@code to} null: plain).
     * {@code check} reads the copy back before it replaces the file; it throws when the copy is not whole.
     */
    static void run(Path folder, Database.Disk disk, Protection.FileKey from, Protection to, Protection.FileKey toKey,
            CopyCheck check) throws IOException {
        Path current = folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        Path made = folder.resolve(MADE);
        Path newSalt = folder.resolve(NEW_SALT);
        try {
            wipe(made);
            copy(disk, current, from, made, toKey);
            FilePermissions.userOnly(made);
            check.verify(made);
            if (to != null) {
                to.write(folder, NEW_SALT);
                FilePermissions.userOnly(newSalt);
            }
        } catch (IOException | RuntimeException e) {
            // The copy is plain text when decrypting: overwritten before it goes.
            wipe(made);
            Files.deleteIfExists(newSalt);
            throw e;
        }
        Path old = folder.resolve(OLD);
        Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(made, current, StandardCopyOption.ATOMIC_MOVE);
        finish(folder);
        LOG.info("Database in {} is now {}", folder, to == null ? "plain" : "encrypted");
    }

    /**
     * Puts {@code file} (a restored backup's database, checked, on the same disk) in place of the database file of the
     * folder, with {@code protection} as its salt file (null: a plain file, the salt file goes). The same steps as a
     * conversion: a crash at any point leaves, after {@link #recover}, either the old file with its salt or the new
     * one with its own, never a file with another's salt.
     */
    static void install(Path folder, Path file, Protection protection) throws IOException {
        Path current = folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        Path made = folder.resolve(MADE);
        Path newSalt = folder.resolve(NEW_SALT);
        try {
            wipe(made);
            Files.deleteIfExists(newSalt);
            Files.move(file, made, StandardCopyOption.ATOMIC_MOVE);
            FilePermissions.userOnly(made);
            if (protection != null) {
                protection.write(folder, NEW_SALT);
                FilePermissions.userOnly(newSalt);
            }
        } catch (IOException | RuntimeException e) {
            wipe(made);
            Files.deleteIfExists(newSalt);
            throw e;
        }
        if (Files.exists(current)) {
            Files.move(current, folder.resolve(OLD), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(made, current, StandardCopyOption.ATOMIC_MOVE);
        finish(folder);
        LOG.info("Database in {} replaced by a restored {} file", folder, protection == null ? "plain" : "encrypted");
    }

    /** After the new file took its place: its salt file takes the real name, the old file goes. */
    private static void finish(Path folder) throws IOException {
        Path salt = folder.resolve(Protection.FILE_NAME);
        Path newSalt = folder.resolve(NEW_SALT);
        if (Files.exists(newSalt)) {
            Files.move(newSalt, salt, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else if (!Protection.isProtected(folder)) {
            Files.deleteIfExists(salt);
        }
        wipe(folder.resolve(OLD));
    }

    /**
     * Brings a folder whose conversion was cut short (the program killed, the power gone) back to one whole
     * database: before the new file took the real name, the old one is kept; after, the new one is.
     */
    static void recover(Path folder) {
        Path current = folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        Path old = folder.resolve(OLD);
        Path made = folder.resolve(MADE);
        try {
            if (Files.exists(old) && !Files.exists(current)) {
                LOG.warn("A conversion of the database in {} was cut short: the old file is put back", folder);
                Files.move(old, current, StandardCopyOption.ATOMIC_MOVE);
                wipe(made);
                Files.deleteIfExists(folder.resolve(NEW_SALT));
            } else if (Files.exists(old)) {
                LOG.warn("A conversion of the database in {} was cut short after the new file took its place: finished",
                        folder);
                finish(folder);
                wipe(made);
            } else if (Files.exists(made) || Files.exists(folder.resolve(NEW_SALT))) {
                LOG.warn("An unfinished converted copy of the database in {} is removed", folder);
                wipe(made);
                Files.deleteIfExists(folder.resolve(NEW_SALT));
            }
        } catch (IOException e) {
            LOG.error("An unfinished conversion of the database in {} could not be tidied up", folder, e);
        }
    }

    private static void copy(Database.Disk disk, Path source, Protection.FileKey sourceKey, Path target,
            Protection.FileKey targetKey) throws IOException {
        try (FileChannel in = channel(disk, source, "r", sourceKey);
                FileChannel out = channel(disk, target, "rw", targetKey)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long size = in.size();
            long at = 0;
            while (at < size) {
                buffer.clear();
                buffer.limit((int) Math.min(CHUNK, size - at));
                int read = in.read(buffer, at);
                if (read <= 0) {
                    throw new IOException("The database file ended before its size: " + at + " of " + size);
                }
                buffer.flip();
                long written = at;
                while (buffer.hasRemaining()) {
                    written += out.write(buffer, written);
                }
                at += read;
            }
            out.force(true);
        }
    }

    /** The file through H2's file system of this disk, decrypted/encrypted with the key when there is one. */
    private static FileChannel channel(Database.Disk disk, Path file, String mode, Protection.FileKey key)
            throws IOException {
        FileChannel base = FilePath.get(disk.urlScheme() + file).open(mode);
        return key == null ? base : new FileEncrypt(file.toString(), key.channelKey(), base);
    }

    /** The file's bytes, unless encrypted, overwritten with zeros on the disk; then the file is deleted. */
    static void wipe(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        if (!Protection.isEncrypted(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                long size = channel.size();
                ByteBuffer zeros = ByteBuffer.allocate(CHUNK);
                for (long at = 0; at < size; at += CHUNK) {
                    zeros.clear();
                    zeros.limit((int) Math.min(CHUNK, size - at));
                    channel.write(zeros, at);
                }
                channel.force(true);
            } catch (IOException e) {
                LOG.warn("The plain file {} could not be overwritten before it is deleted", file, e);
            }
        }
        Files.delete(file);
    }

    /** Reads the converted copy back before it replaces the database. */
    @FunctionalInterface
    interface CopyCheck {
        void verify(Path copy) throws IOException;
    }
}
