package org.cutri.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file on a disk with {@code room} bytes left: writing beyond fails as the system does. */
public final class FillingStream extends FilterOutputStream {

    private long room;

    private FillingStream(OutputStream out, long room) {
        super(out);
        this.room = room;
    }

    /** Opens the file for writing with this much room left on its disk. */
    public static OutputStream open(Path file, long room) throws IOException {
        return new FillingStream(Files.newOutputStream(file), room);
    }

    @Override
    public void write(int b) throws IOException {
        if (room <= 0) {
            throw new IOException("No space left on device");
        }
        room--;
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > room) {
            throw new IOException("No space left on device");
        }
        room -= len;
        out.write(b, off, len);
    }
}
