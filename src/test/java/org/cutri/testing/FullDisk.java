package org.cutri.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cutri.common.db.Database;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up, for H2: the database files are the real files in a temporary folder, but every byte
 * that makes a file grow is taken from a budget, and a write beyond it fails as the system's does, with
 * "No space left on device". H2 sees exactly what it sees on a full disk: its own write failing.
 */
public final class FullDisk extends FilePathWrapper {

    private static final String SCHEME = "cutrifulldisk";
    /** Room left, by data folder (several tests may use their own folders). */
    private static final Map<String, AtomicLong> ROOM = new ConcurrentHashMap<>();

    static {
        FilePath.register(new FullDisk());
    }

    /** A disk under this folder with {@code bytes} of room left. */
    public static Database.Disk withRoom(Path folder, long bytes) {
        AtomicLong room = new AtomicLong(bytes);
        ROOM.put(folder.toAbsolutePath().normalize().toString(), room);
        return new Database.Disk(SCHEME + ":", ignored -> Math.max(0, room.get()));
    }

    /** Changes the room left under this folder (the user frees space, or something else fills it). */
    public static void setRoom(Path folder, long bytes) {
        ROOM.get(folder.toAbsolutePath().normalize().toString()).set(bytes);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), roomFor(getBase().toString()));
    }

    private static AtomicLong roomFor(String file) {
        return ROOM.entrySet().stream().filter(e -> file.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(new AtomicLong(Long.MAX_VALUE));
    }

    /** A file channel that takes the bytes by which a write makes the file grow from the room left. */
    private static final class Channel extends FileBase {

        private final FileChannel base;
        private final AtomicLong room;

        Channel(FileChannel base, AtomicLong room) {
            this.base = base;
            this.room = room;
        }

        private void take(long end) throws IOException {
            long growth = end - base.size();
            if (growth > 0 && room.addAndGet(-growth) < 0) {
                room.addAndGet(growth);
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            take(position + src.remaining());
            return base.write(src, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            take(base.position() + src.remaining());
            return base.write(src);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
